using Microsoft.DurableTask;

namespace AliaBatch.Benchmarks.Orchestration;

/// <summary>The activity context the direct loop hands to activities: a name and an instance id, nothing durable.</summary>
internal sealed class BenchActivityContext(string name, string instanceId) : TaskActivityContext
{
    public override TaskName Name { get; } = new(name);

    public override string InstanceId { get; } = instanceId;
}
