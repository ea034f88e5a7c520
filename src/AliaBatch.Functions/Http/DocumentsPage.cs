using AliaBatch.Core.Results;

namespace AliaBatch.Functions.Http;

/// <summary>A page of a job's <c>index.jsonl</c>, as <c>GET /api/jobs/{id}/documents</c> returns it.</summary>
/// <param name="Items">The index lines of this page, in index order.</param>
/// <param name="ContinuationToken">Pass it back for the next page; null on the last page.</param>
public sealed record DocumentsPage(IReadOnlyList<IndexLine> Items, string? ContinuationToken);
