using AliaBatch.Core.Results;

namespace AliaBatch.Orchestration.Payloads;

/// <summary>Output of <see cref="Orchestrators.JobOrchestrator"/>: the final state; the manifest itself is in storage.</summary>
/// <param name="JobId">The job.</param>
/// <param name="Status">Final state.</param>
/// <param name="Counts">Final counts.</param>
/// <param name="ProcessedThisRun">Documents processed by this run.</param>
public sealed record JobOrchestrationResult(string JobId, JobStatus Status, JobCounts Counts, int ProcessedThisRun);
