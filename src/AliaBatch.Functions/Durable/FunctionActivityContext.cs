using Microsoft.DurableTask;

namespace AliaBatch.Functions.Durable;

/// <summary>The <see cref="TaskActivityContext"/> a class-based activity sees when a function runs it.</summary>
internal sealed class FunctionActivityContext(string name, string instanceId) : TaskActivityContext
{
    /// <inheritdoc />
    public override TaskName Name { get; } = name;

    /// <inheritdoc />
    public override string InstanceId { get; } = instanceId;
}
