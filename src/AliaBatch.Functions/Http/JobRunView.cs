using AliaBatch.Orchestration.Payloads;

namespace AliaBatch.Functions.Http;

/// <summary>A job run as <c>GET /api/jobs/{id}</c> returns it.</summary>
/// <param name="Id">The run's id (<c>{jobId}:{runId}</c>), as in the <c>Location</c> of <c>POST /api/jobs</c>.</param>
/// <param name="JobId">The job (its results folder).</param>
/// <param name="RunId">The run.</param>
/// <param name="RuntimeStatus">The orchestration's status: <c>Pending</c>, <c>Running</c>, <c>Completed</c>, <c>Failed</c>, <c>Terminated</c>…</param>
/// <param name="CreatedAt">When the run was scheduled.</param>
/// <param name="LastUpdatedAt">When the run last changed.</param>
/// <param name="Progress">The orchestrator's custom status: listed, done, failed, documents/s, ETA.</param>
/// <param name="Result">The outcome, once the run completed.</param>
public sealed record JobRunView(
    string Id,
    string JobId,
    string RunId,
    string RuntimeStatus,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUpdatedAt,
    JobProgressStatus? Progress,
    JobOrchestrationResult? Result);
