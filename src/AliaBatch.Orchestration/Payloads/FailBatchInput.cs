namespace AliaBatch.Orchestration.Payloads;

/// <summary>Input of <see cref="Activities.FailBatchActivity"/>: a batch no dispatch got done.</summary>
/// <param name="Job">The job.</param>
/// <param name="Batch">The batch.</param>
/// <param name="Attempts">How often it was dispatched.</param>
public sealed record FailBatchInput(BatchJob Job, BatchPlan Batch, int Attempts);
