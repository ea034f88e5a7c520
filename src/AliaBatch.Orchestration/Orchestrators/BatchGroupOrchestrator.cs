using AliaBatch.Orchestration.Activities;
using AliaBatch.Orchestration.Payloads;
using Microsoft.DurableTask;

namespace AliaBatch.Orchestration.Orchestrators;

/// <summary>
/// Runs one group of batches in parallel and returns their summed counts. Groups exist to bound history: this
/// orchestration's history grows by about four events per batch, and a group holds at most
/// <see cref="OrchestrationOptions.BatchesPerGroup"/> batches. Its instance id is
/// <c>{jobInstanceId}:group:{n}</c>, so a replayed parent finds the same child.
/// </summary>
public sealed class BatchGroupOrchestrator : TaskOrchestrator<BatchGroupInput, BatchCounts>
{
    // Batches are idempotent (a done batch returns its manifest's counts), so redelivery and retries are safe.
    private static readonly TaskOptions s_batchRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 3, firstRetryInterval: TimeSpan.FromSeconds(2), backoffCoefficient: 2.0));

    /// <summary>The instance id of a job run's group number <paramref name="group"/>.</summary>
    public static string InstanceId(string jobInstanceId, int group) => $"{jobInstanceId}:group:{group}";

    /// <inheritdoc />
    public override async Task<BatchCounts> RunAsync(TaskOrchestrationContext context, BatchGroupInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var logger = context.CreateReplaySafeLogger<BatchGroupOrchestrator>();
        var batches = input.Batches
            .Select(batch => context.CallActivityAsync<BatchCounts>(nameof(ProcessBatchActivity), new ProcessBatchInput(input.Job, batch), s_batchRetry))
            .ToList();
        var counts = (await Task.WhenAll(batches)).Aggregate(BatchCounts.None, (sum, next) => sum.Add(next));
        logger.GroupFinished(input.Job.JobId, context.InstanceId, batches.Count, counts.Sources);
        return counts;
    }
}
