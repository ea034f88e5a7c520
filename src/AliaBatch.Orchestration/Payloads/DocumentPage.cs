using AliaBatch.Core.Storage;

namespace AliaBatch.Orchestration.Payloads;

/// <summary>One page of a job's source objects.</summary>
/// <param name="Documents">The objects, in path order.</param>
/// <param name="ContinuationToken">Where the next page starts; null on the last page.</param>
public sealed record DocumentPage(IReadOnlyList<ObjectInfo> Documents, string? ContinuationToken);
