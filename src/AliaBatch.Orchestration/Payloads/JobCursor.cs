namespace AliaBatch.Orchestration.Payloads;

/// <summary>The job orchestrator's state between executions.</summary>
/// <param name="StartedAt">Orchestration time the run started, for the rate.</param>
/// <param name="ContinuationToken">Listing position of the next page.</param>
/// <param name="Pages">Pages listed so far.</param>
/// <param name="Listed">Source objects listed so far.</param>
/// <param name="NextBatch">Sequence number of the next batch.</param>
/// <param name="NextGroup">Sequence number of the next group (its instance id suffix).</param>
/// <param name="Counts">Outcomes so far.</param>
/// <param name="CancelRequested">True once a cancel request arrived.</param>
public sealed record JobCursor(DateTimeOffset StartedAt, string? ContinuationToken, int Pages, int Listed, int NextBatch, int NextGroup, BatchCounts Counts, bool CancelRequested);
