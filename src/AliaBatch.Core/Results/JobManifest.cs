using AliaBatch.Core.Errors;
using AliaBatch.Core.Jobs;

namespace AliaBatch.Core.Results;

/// <summary>The job manifest, <c>{jobId}/_job.json</c>: the request, state, counts and timings of a job.</summary>
public sealed record JobManifest
{
    /// <summary>File name of the manifest inside the job folder.</summary>
    public const string FileName = "_job.json";

    /// <summary>File name of the index inside the job folder.</summary>
    public const string IndexFileName = "index.jsonl";

    /// <summary>Version of this file's layout.</summary>
    public string SchemaVersion { get; init; } = "1.0";

    /// <summary>The job id.</summary>
    public required string JobId { get; init; }

    /// <summary>State.</summary>
    public required JobStatus Status { get; init; }

    /// <summary>The validated request.</summary>
    public required JobRequest Request { get; init; }

    /// <summary>Counts.</summary>
    public required JobCounts Counts { get; init; }

    /// <summary>How many documents this run processed (the rest were already done).</summary>
    public int ProcessedThisRun { get; init; }

    /// <summary>Which host ran it (embedded, local, functions).</summary>
    public string? Host { get; init; }

    /// <summary>When the job was first started.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When this manifest was last written.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When the job finished, if it has.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Why the job itself failed.</summary>
    public DocumentError? Error { get; init; }

    /// <summary>The AliaBatch version that wrote it.</summary>
    public string? ProducerVersion { get; init; }
}
