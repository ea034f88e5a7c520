namespace AliaBatch.Pipeline.Jobs;

/// <summary>A snapshot of a running job, for progress bars and status endpoints.</summary>
/// <param name="Total">Documents in the job (known once listing finishes).</param>
/// <param name="Done">Documents with a final outcome, including those kept from earlier runs.</param>
/// <param name="Succeeded">Succeeded documents.</param>
/// <param name="Failed">Failed documents.</param>
/// <param name="Reused">Documents whose results were kept from an earlier run of the same job.</param>
/// <param name="DocumentsPerSecond">Throughput of this run.</param>
/// <param name="Eta">Estimated time to completion.</param>
/// <param name="LastDocument">The document that just finished.</param>
public sealed record JobProgress(int Total, int Done, int Succeeded, int Failed, int Reused, double DocumentsPerSecond, TimeSpan? Eta, string? LastDocument);
