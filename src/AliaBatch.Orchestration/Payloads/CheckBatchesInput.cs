namespace AliaBatch.Orchestration.Payloads;

/// <summary>Input of <see cref="Activities.CheckBatchesActivity"/>.</summary>
/// <param name="Job">The job.</param>
/// <param name="BatchIds">The batches to look for.</param>
public sealed record CheckBatchesInput(BatchJob Job, IReadOnlyList<string> BatchIds);

