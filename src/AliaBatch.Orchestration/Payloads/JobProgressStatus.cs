namespace AliaBatch.Orchestration.Payloads;

/// <summary>The job orchestrator's custom status: progress for progress bars and status endpoints.</summary>
/// <param name="Listed">Source objects listed so far (the total once <paramref name="ListingComplete"/>).</param>
/// <param name="ListingComplete">True once every page was listed.</param>
/// <param name="Done">Source objects with a final outcome.</param>
/// <param name="Succeeded">Documents succeeded.</param>
/// <param name="Failed">Documents failed.</param>
/// <param name="Reused">Documents kept from earlier runs.</param>
/// <param name="DocumentsPerSecond">Source objects per second since the run started (orchestration time).</param>
/// <param name="Eta">Estimated time left, once the total is known.</param>
/// <param name="CancelRequested">True once cancellation was requested.</param>
public sealed record JobProgressStatus(int Listed, bool ListingComplete, int Done, int Succeeded, int Failed, int Reused, double DocumentsPerSecond, TimeSpan? Eta, bool CancelRequested);
