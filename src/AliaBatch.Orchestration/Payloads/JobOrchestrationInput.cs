using AliaBatch.Core.Jobs;

namespace AliaBatch.Orchestration.Payloads;

/// <summary>
/// Input of <see cref="Orchestrators.JobOrchestrator"/>: references and settings only. <see cref="Cursor"/> is null on
/// the first execution and carries the listing position and running counts across <c>ContinueAsNew</c>.
/// </summary>
/// <param name="Job">The job, its run and its stores.</param>
/// <param name="Request">The validated request.</param>
/// <param name="Limits">Listing and batching limits.</param>
/// <param name="CreatedAt">When the job was first started.</param>
/// <param name="HostName">Which host runs it.</param>
/// <param name="Cursor">Where the previous execution stopped.</param>
public sealed record JobOrchestrationInput(BatchJob Job, JobRequest Request, BatchLimits Limits, DateTimeOffset CreatedAt, string HostName, JobCursor? Cursor = null);
