using AliaBatch.Orchestration.Dispatch;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Transport;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace AliaBatch.Orchestration.Activities;

/// <summary>
/// Transport dispatch: writes the batch's plan (unless it is there), and sends attempt n of the batch over the
/// registered <see cref="IBatchSender"/>. Returns false, sending nothing, when the batch already has a manifest. Safe to
/// retry: the same attempt is the same message id, which Service Bus duplicate detection drops and the manifest makes
/// harmless everywhere else.
/// </summary>
public sealed class DispatchBatchActivity(IBatchSender sender, ObjectStoreResolver stores, ILogger<DispatchBatchActivity> logger)
    : TaskActivity<DispatchBatchInput, bool>
{
    /// <inheritdoc />
    public override async Task<bool> RunAsync(TaskActivityContext context, DispatchBatchInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var job = input.Job;
        var results = stores.Resolve(job.Results);
        if (await results.GetInfoAsync(BatchLayout.Manifest(job.JobId, job.RunId, input.Batch.BatchId)) is not null)
        {
            logger.BatchAlreadyDone(job.JobId, input.Batch.BatchId);
            return false;
        }

        var plan = new ProcessBatchInput(job, input.Batch);
        await BatchPlans.WriteAsync(results, plan);
        await sender.SendAsync(BatchPlans.CreateMessage(plan, input.Attempt, input.Deadline));
        logger.BatchDispatched(job.JobId, input.Batch.BatchId, input.Attempt, input.Deadline);
        return true;
    }
}
