namespace AliaBatch.Core.Jobs;

/// <summary>
/// What a client asks for: which documents, which tasks, with which options. Validated against
/// <c>schemas/job-request.v1.json</c> on every entry point (<see cref="JobRequestValidator"/>).
/// </summary>
public sealed record JobRequest
{
    /// <summary>The schema version this request follows.</summary>
    public string SchemaVersion { get; init; } = JobRequestValidator.CurrentSchemaVersion;

    /// <summary>Client-given job id; when absent it is derived from the source and tasks (see <see cref="JobId"/>).</summary>
    public string? JobId { get; init; }

    /// <summary>Where the documents are.</summary>
    public required JobSource Source { get; init; }

    /// <summary>What to do with each document.</summary>
    public required JobTasks Tasks { get; init; }

    /// <summary>How to run the job.</summary>
    public JobOptions Options { get; init; } = new();
}
