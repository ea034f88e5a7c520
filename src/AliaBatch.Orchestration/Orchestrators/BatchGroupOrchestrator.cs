using AliaBatch.Orchestration.Activities;
using AliaBatch.Orchestration.Payloads;
using Microsoft.DurableTask;

namespace AliaBatch.Orchestration.Orchestrators;

/// <summary>
/// Runs one group of batches and returns their summed counts. Groups exist to bound history: a group holds at most
/// <see cref="OrchestrationOptions.BatchesPerGroup"/> batches. Its instance id is <c>{jobInstanceId}:group:{n}</c>, so a
/// replayed parent finds the same child. Inline (the job's <see cref="BatchJob.Dispatch"/> is null), each batch is a
/// <see cref="ProcessBatchActivity"/>, all in parallel: about four events per batch. Over the transport, see
/// <see cref="RunDispatchedAsync"/>.
/// </summary>
public sealed class BatchGroupOrchestrator : TaskOrchestrator<BatchGroupInput, BatchCounts>
{
    /// <summary>
    /// Checks for manifests at most this many times per execution before <c>ContinueAsNew</c>, so a long wait does not
    /// grow the history: an execution holds at most one dispatch wave (B batches) and this many polls, about
    /// 4 + 4B + 8 × <see cref="PollsPerExecution"/> events.
    /// </summary>
    public const int PollsPerExecution = 10;

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
        if (input.Job.Dispatch is { } dispatch)
        {
            return await RunDispatchedAsync(context, input, dispatch);
        }

        var logger = context.CreateReplaySafeLogger<BatchGroupOrchestrator>();
        var batches = input.Batches
            .Select(batch => context.CallActivityAsync<BatchCounts>(nameof(ProcessBatchActivity), new ProcessBatchInput(input.Job, batch), s_batchRetry))
            .ToList();
        var counts = (await Task.WhenAll(batches)).Aggregate(BatchCounts.None, (sum, next) => sum.Add(next));
        logger.GroupFinished(input.Job.JobId, context.InstanceId, batches.Count, counts.Sources);
        return counts;
    }

    /// <summary>
    /// Transport dispatch. Each execution starts with a wave: every batch whose dispatch is overdue (or that was never
    /// dispatched) is dispatched again with the next attempt and a new deadline (<see cref="DispatchBatchActivity"/>), or,
    /// after <see cref="DispatchSettings.MaxAttempts"/>, failed as undeliverable (<see cref="FailBatchActivity"/>). Then it
    /// polls: a durable timer, then <see cref="CheckBatchesActivity"/> for the manifests of the batches still pending.
    /// When a deadline passes, or after <see cref="PollsPerExecution"/> polls, it continues as new with what is pending.
    /// All times are orchestration time (<c>CurrentUtcDateTime</c>), so replays decide the same.
    /// </summary>
    private static async Task<BatchCounts> RunDispatchedAsync(TaskOrchestrationContext context, BatchGroupInput input, DispatchSettings dispatch)
    {
        var logger = context.CreateReplaySafeLogger<BatchGroupOrchestrator>();
        var job = input.Job;
        var plans = input.Batches.ToDictionary(b => b.BatchId, StringComparer.Ordinal);
        var progress = input.Progress
            ?? new BatchGroupProgress([.. input.Batches.Select(b => new PendingBatch(b.BatchId, 0, context.CurrentUtcDateTime))], BatchCounts.None);
        var counts = progress.Counts;
        var pending = new List<PendingBatch>();

        var wave = new List<Task<BatchCounts>>();
        foreach (var batch in progress.Pending)
        {
            if (batch.Deadline > context.CurrentUtcDateTime)
            {
                pending.Add(batch);
            }
            else if (batch.Attempt >= dispatch.MaxAttempts)
            {
                wave.Add(context.CallActivityAsync<BatchCounts>(nameof(FailBatchActivity), new FailBatchInput(job, plans[batch.BatchId], batch.Attempt), s_batchRetry));
            }
            else
            {
                var next = new PendingBatch(batch.BatchId, batch.Attempt + 1, context.CurrentUtcDateTime + dispatch.BatchDeadline);
                pending.Add(next);
                wave.Add(CountNothingAsync(context.CallActivityAsync<bool>(
                    nameof(DispatchBatchActivity), new DispatchBatchInput(job, plans[batch.BatchId], next.Attempt, next.Deadline), s_batchRetry)));
            }
        }

        counts = (await Task.WhenAll(wave)).Aggregate(counts, (sum, next) => sum.Add(next));
        for (var polls = 0; pending.Count > 0; polls++)
        {
            if (polls == PollsPerExecution || pending.Any(b => b.Deadline <= context.CurrentUtcDateTime))
            {
                logger.GroupContinued(job.JobId, context.InstanceId, pending.Count, polls);
                context.ContinueAsNew(input with { Progress = new BatchGroupProgress(pending, counts) });
                return counts;
            }

            var wakeAt = Min(context.CurrentUtcDateTime + dispatch.PollInterval, pending.Min(b => b.Deadline).UtcDateTime);
            await context.CreateTimer(wakeAt, CancellationToken.None);
            var finished = await context.CallActivityAsync<IReadOnlyList<FinishedBatch>>(
                nameof(CheckBatchesActivity), new CheckBatchesInput(job, [.. pending.Select(b => b.BatchId)]), s_batchRetry);
            foreach (var batch in finished)
            {
                counts = counts.Add(batch.Counts);
                pending.RemoveAll(b => b.BatchId == batch.BatchId);
            }
        }

        logger.GroupFinished(job.JobId, context.InstanceId, input.Batches.Count, counts.Sources);
        return counts;
    }

    /// <summary>A dispatch contributes no counts: the batch is counted when a check finds its manifest.</summary>
    private static async Task<BatchCounts> CountNothingAsync(Task<bool> dispatch)
    {
        await dispatch;
        return BatchCounts.None;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
