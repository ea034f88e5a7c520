using AliaBatch.Orchestration.Activities;
using AliaBatch.Orchestration.Events;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Pipeline;
using AliaBatch.Transport.Events;
using Microsoft.DurableTask;

namespace AliaBatch.Orchestration.Orchestrators;

/// <summary>
/// A job run: list and plan a page of the source (<see cref="PreparePageActivity"/>) → fan the batches out in groups (sub-orchestrations, at most
/// <see cref="BatchLimits.MaxConcurrentGroups"/> at once) → <c>ContinueAsNew</c> with the next page, so each
/// execution's history is bounded by one page → aggregate the batch manifests into the manifest and index → publish
/// the job event (<see cref="PublishJobEventActivity"/>). A
/// <see cref="JobEvents.Cancel"/> event stops dispatch; groups already running finish and their results are kept.
/// </summary>
public sealed class JobOrchestrator : TaskOrchestrator<JobOrchestrationInput, JobOrchestrationResult?>
{
    private static readonly TaskOptions s_activityRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 3, firstRetryInterval: TimeSpan.FromSeconds(2), backoffCoefficient: 2.0));

    /// <summary>The instance id of a job run: <c>{jobId}:{runId}</c>.</summary>
    public static string InstanceId(string jobId, string runId) => $"{jobId}:{runId}";

    /// <inheritdoc />
    public override async Task<JobOrchestrationResult?> RunAsync(TaskOrchestrationContext context, JobOrchestrationInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var logger = context.CreateReplaySafeLogger<JobOrchestrator>();
        var cursor = input.Cursor;
        if (cursor is null)
        {
            logger.JobOrchestrationStarted(input.Job.JobId, input.Job.RunId, input.HostName);
            cursor = new JobCursor(context.CurrentUtcDateTime, null, 0, 0, 0, 0, BatchCounts.None, CancelRequested: false);
        }

        using var stopListening = new CancellationTokenSource();
        var cancel = context.WaitForExternalEvent<bool>(JobEvents.Cancel, stopListening.Token);
        if (!cursor.CancelRequested)
        {
            // Inline, plans go to the job's plan store and the histories carry references: every group replays its
            // scheduled batches on each completion, which with whole plans made a group's replays O(batches²) in
            // documents. Over the transport the plans stay whole, so a batch whose stored plan is lost can still
            // have its documents failed by name.
            var page = await context.CallActivityAsync<PreparedPage>(
                nameof(PreparePageActivity),
                new PreparePageInput(input.Job, input.Request.Source.Documents, cursor.ContinuationToken, cursor.NextBatch, input.Limits, StorePlans: input.Job.Dispatch is null),
                s_activityRetry);
            var batches = page.Batches;
            logger.PagePlanned(input.Job.JobId, cursor.Pages, page.Listed, batches.Count);
            cursor = cursor with
            {
                ContinuationToken = page.ContinuationToken,
                Pages = cursor.Pages + 1,
                Listed = cursor.Listed + page.Listed,
                NextBatch = cursor.NextBatch + batches.Count,
            };
            SetProgress(context, cursor);

            var groups = batches.Chunk(input.Limits.BatchesPerGroup).ToList();
            var running = new List<Task<BatchCounts>>();
            var next = 0;
            while (running.Count > 0 || (!cursor.CancelRequested && next < groups.Count))
            {
                while (!cursor.CancelRequested && next < groups.Count && running.Count < input.Limits.MaxConcurrentGroups)
                {
                    running.Add(context.CallSubOrchestratorAsync<BatchCounts>(
                        nameof(BatchGroupOrchestrator),
                        new BatchGroupInput(input.Job, groups[next]),
                        new SubOrchestrationOptions { InstanceId = BatchGroupOrchestrator.InstanceId(context.InstanceId, cursor.NextGroup) }));
                    next++;
                    cursor = cursor with { NextGroup = cursor.NextGroup + 1 };
                }

                var finished = cursor.CancelRequested ? await Task.WhenAny(running) : await Task.WhenAny([.. running, cancel]);
                if (finished == cancel)
                {
                    logger.CancelReceived(input.Job.JobId);
                    cursor = cursor with { CancelRequested = true };
                }
                else
                {
                    var group = (Task<BatchCounts>)finished;
                    running.Remove(group);
                    cursor = cursor with { Counts = cursor.Counts.Add(await group) };
                }

                SetProgress(context, cursor);
            }

            if (cursor.ContinuationToken is not null && !cursor.CancelRequested)
            {
                stopListening.Cancel();
                context.ContinueAsNew(input with { Cursor = cursor }, preserveUnprocessedEvents: true);
                return null;
            }
        }

        stopListening.Cancel();
        var result = await context.CallActivityAsync<JobOrchestrationResult>(
            nameof(FinalizeJobActivity),
            new FinalizeJobInput(input.Job, input.Request, cursor.CancelRequested, input.CreatedAt, input.HostName),
            s_activityRetry);
        logger.JobOrchestrationFinished(result.JobId, result.Status, result.Counts.Succeeded, result.Counts.Failed, result.Counts.Cancelled, result.ProcessedThisRun);
        await context.CallActivityAsync<string>(
            nameof(PublishJobEventActivity),
            new PublishJobEventInput(
                JobEvent.ForJob(
                    result.JobId,
                    input.Job.RunId,
                    result.Status,
                    result.Counts,
                    [ResultLayout.Manifest(result.JobId), ResultLayout.Index(result.JobId)],
                    context.CurrentUtcDateTime),
                input.Job.Results),
            s_activityRetry);
        return result;
    }

    private static void SetProgress(TaskOrchestrationContext context, JobCursor cursor)
    {
        var counts = cursor.Counts;
        var listingComplete = cursor.ContinuationToken is null;
        var elapsed = (context.CurrentUtcDateTime - cursor.StartedAt).TotalSeconds;
        var rate = elapsed > 0 ? counts.Sources / elapsed : 0;
        TimeSpan? eta = listingComplete && rate > 0 ? TimeSpan.FromSeconds((cursor.Listed - counts.Sources) / rate) : null;
        context.SetCustomStatus(new JobProgressStatus(
            cursor.Listed, listingComplete, counts.Sources, counts.Succeeded, counts.Failed, counts.Reused, rate, eta, cursor.CancelRequested));
    }
}
