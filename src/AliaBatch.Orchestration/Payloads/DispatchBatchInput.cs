namespace AliaBatch.Orchestration.Payloads;

/// <summary>Input of <see cref="Activities.DispatchBatchActivity"/>: one dispatch of one batch.</summary>
/// <param name="Job">The job.</param>
/// <param name="Batch">The batch.</param>
/// <param name="Attempt">1 for the first dispatch, one more for each re-dispatch.</param>
/// <param name="Deadline">When the group stops waiting for this dispatch.</param>
public sealed record DispatchBatchInput(BatchJob Job, BatchPlan Batch, int Attempt, DateTimeOffset Deadline);
