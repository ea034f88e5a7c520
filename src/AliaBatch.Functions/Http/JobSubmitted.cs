namespace AliaBatch.Functions.Http;

/// <summary>What <c>POST /api/jobs</c> answers (202 with <c>Location: /api/jobs/{id}</c>).</summary>
/// <param name="Id">The run's id, for the other endpoints.</param>
/// <param name="JobId">The job.</param>
/// <param name="RunId">The run.</param>
/// <param name="AlreadyStarted">True when the same submission (same <c>Idempotency-Key</c>) had started it already.</param>
public sealed record JobSubmitted(string Id, string JobId, string RunId, bool AlreadyStarted);
