namespace AliaBatch.Orchestration.Payloads;

/// <summary>One page of a job's source, planned: what <see cref="Activities.PreparePageActivity"/> returns.</summary>
/// <param name="Batches">The page's batches (references when the plans were stored).</param>
/// <param name="Listed">Source objects on the page.</param>
/// <param name="ContinuationToken">Where the next page starts; null on the last page.</param>
public sealed record PreparedPage(IReadOnlyList<BatchPlan> Batches, int Listed, string? ContinuationToken);
