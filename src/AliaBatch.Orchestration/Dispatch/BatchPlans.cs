using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Transport;

namespace AliaBatch.Orchestration.Dispatch;

/// <summary>
/// Batch plans in storage and the messages that point at them. A plan is a <see cref="ProcessBatchInput"/> (the batch
/// and the job it belongs to) at <see cref="BatchLayout.Plan"/> in the results store; the message carries its path and
/// the results store's <see cref="ResultsLocation"/>, never the plan itself.
/// </summary>
public static class BatchPlans
{
    /// <summary>Writes the plan of <paramref name="plan"/>'s batch unless it is there already; returns its path.</summary>
    public static async Task<string> WriteAsync(IObjectStore results, ProcessBatchInput plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(plan);
        var path = BatchLayout.Plan(plan.Job.JobId, plan.Job.RunId, plan.Batch.BatchId);
        if (await results.GetInfoAsync(path, cancellationToken) is null)
        {
            try
            {
                await results.WriteJsonAsync(path, plan, ObjectWriteOptions.CreateNew with { ContentType = "application/json" }, cancellationToken);
            }
            catch (ObjectAlreadyExistsException)
            {
                // A retried dispatch wrote the same plan first: plans of a run's batch never differ.
            }
        }

        return path;
    }

    /// <summary>The work item for attempt <paramref name="attempt"/> of the batch, due by <paramref name="deadline"/>.</summary>
    public static InferenceBatchMessage CreateMessage(ProcessBatchInput plan, int attempt, DateTimeOffset deadline)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var job = plan.Job;
        return new InferenceBatchMessage(
            job.JobId,
            job.RunId,
            plan.Batch.BatchId,
            attempt,
            deadline,
            BatchLayout.Plan(job.JobId, job.RunId, plan.Batch.BatchId),
            ResultsLocation.Format(job.Results));
    }
}
