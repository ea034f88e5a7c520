using Microsoft.DurableTask;

namespace AliaBatch.Orchestration;

/// <summary>An activity that runs only while it holds one of a host's activity slots (see <see cref="OrchestrationServiceCollectionExtensions.AddAliaBatchTasks"/>).</summary>
internal sealed class SlottedActivity(ITaskActivity inner, SemaphoreSlim slots) : ITaskActivity
{
    public Type InputType => inner.InputType;

    public Type OutputType => inner.OutputType;

    public async Task<object?> RunAsync(TaskActivityContext context, object? input)
    {
        await slots.WaitAsync();
        try
        {
            return await inner.RunAsync(context, input);
        }
        finally
        {
            slots.Release();
        }
    }
}
