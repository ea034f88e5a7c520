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
        if (plan.Batch.Stored)
        {
            // A reference is written by the planner, which has the documents: nothing to write, nothing to overwrite.
            return BatchLayout.Plan(plan.Job.JobId, plan.Job.RunId, plan.Batch.BatchId);
        }

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

    /// <summary>
    /// The whole plan of <paramref name="batch"/>: the batch itself, or, for a reference (<see cref="BatchPlan.Stored"/>),
    /// the plan read from <see cref="BatchLayout.Plan"/> in <paramref name="store"/> (the job's <see cref="BatchJob.PlanStore"/>).
    /// </summary>
    public static async Task<BatchPlan> ResolveAsync(IObjectStore store, BatchJob job, BatchPlan batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(batch);
        if (!batch.Stored)
        {
            return batch;
        }

        var path = BatchLayout.Plan(job.JobId, job.RunId, batch.BatchId);
        return (await store.ReadJsonOrDefaultAsync<ProcessBatchInput>(path, cancellationToken))?.Batch
            ?? throw new InvalidOperationException($"Batch {batch.BatchId} of job {job.JobId} is a reference, but its plan {path} is missing.");
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
