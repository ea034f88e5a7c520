using AliaBatch.Orchestration.Dispatch;
using AliaBatch.Orchestration.Payloads;
using Microsoft.DurableTask;

namespace AliaBatch.Orchestration.Activities;

/// <summary>
/// Inline dispatch: processes one batch in the orchestration worker with <see cref="BatchProcessor"/> (reuse, process,
/// write results, write the manifest last) and returns the manifest's counts. Idempotent: a batch with a manifest is
/// not touched again.
/// </summary>
public sealed class ProcessBatchActivity(BatchProcessor processor) : TaskActivity<ProcessBatchInput, BatchCounts>
{
    /// <inheritdoc />
    public override async Task<BatchCounts> RunAsync(TaskActivityContext context, ProcessBatchInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return (await processor.ProcessAsync(input.Job, input.Batch)).Counts;
    }
}
