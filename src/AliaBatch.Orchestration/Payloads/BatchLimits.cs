namespace AliaBatch.Orchestration.Payloads;

/// <summary>Listing, batching and fan-out limits of one job (see <see cref="OrchestrationOptions"/>).</summary>
/// <param name="ListPageSize">Source objects per listing page.</param>
/// <param name="MaxDocumentsPerBatch">Most source objects per batch.</param>
/// <param name="MaxBytesPerBatch">Most source bytes per batch.</param>
/// <param name="BatchesPerGroup">Batches per group sub-orchestration.</param>
/// <param name="MaxConcurrentGroups">Groups running at once.</param>
public sealed record BatchLimits(int ListPageSize, int MaxDocumentsPerBatch, long MaxBytesPerBatch, int BatchesPerGroup, int MaxConcurrentGroups);
