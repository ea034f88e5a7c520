using AliaBatch.Orchestration.Dispatch;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Orchestration.Stores;
using Microsoft.DurableTask;

namespace AliaBatch.Orchestration.Activities;

/// <summary>
/// Inline dispatch: processes one batch in the orchestration worker with <see cref="BatchProcessor"/> (reuse, process,
/// write results, write the manifest last) and returns the manifest's counts. A reference batch
/// (<see cref="BatchPlan.Stored"/>) is read from its plan first. Idempotent: a batch with a manifest is not touched again.
/// </summary>
public sealed class ProcessBatchActivity(BatchProcessor processor, ObjectStoreResolver stores) : TaskActivity<ProcessBatchInput, BatchCounts>
{
    /// <inheritdoc />
    public override async Task<BatchCounts> RunAsync(TaskActivityContext context, ProcessBatchInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var batch = await BatchPlans.ResolveAsync(stores.Resolve(input.Job.PlanStore()), input.Job, input.Batch);
        return (await processor.ProcessAsync(input.Job, batch)).Counts;
    }
}
