using AliaBatch.Orchestration.Stores;

namespace AliaBatch.Orchestration.Payloads;

/// <summary>Input of <see cref="Activities.ListDocumentsActivity"/>.</summary>
/// <param name="Source">The source store (below the job's prefix).</param>
/// <param name="Documents">The request's explicit document list, if it has one.</param>
/// <param name="ContinuationToken">From the previous page; null for the first.</param>
/// <param name="PageSize">Most objects to return.</param>
public sealed record ListDocumentsInput(StoreReference Source, IReadOnlyList<string>? Documents, string? ContinuationToken, int PageSize);
