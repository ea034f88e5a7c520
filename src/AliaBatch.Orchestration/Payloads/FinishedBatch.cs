namespace AliaBatch.Orchestration.Payloads;

/// <summary>A batch whose manifest is in storage, and its counts.</summary>
/// <param name="BatchId">The batch.</param>
/// <param name="Counts">Its manifest's counts.</param>
public sealed record FinishedBatch(string BatchId, BatchCounts Counts);
