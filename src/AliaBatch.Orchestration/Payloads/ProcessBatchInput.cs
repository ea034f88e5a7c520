namespace AliaBatch.Orchestration.Payloads;

/// <summary>Input of <see cref="Activities.ProcessBatchActivity"/>: the job and one batch.</summary>
/// <param name="Job">The job.</param>
/// <param name="Batch">The batch.</param>
public sealed record ProcessBatchInput(BatchJob Job, BatchPlan Batch);
