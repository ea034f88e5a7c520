using AliaBatch.Core.Errors;

namespace AliaBatch.Core.Results;

/// <summary>
/// The per-document result, written to <c>{jobId}/{docPath}.json</c>: source, detected language, task
/// outputs, provenance and status.
/// </summary>
public sealed record DocumentResult
{
    /// <summary>Version of this file's layout.</summary>
    public string SchemaVersion { get; init; } = "1.0";

    /// <summary>The job that produced it.</summary>
    public required string JobId { get; init; }

    /// <summary>The exact source processed.</summary>
    public required SourceInfo Source { get; init; }

    /// <summary>Outcome.</summary>
    public required DocumentStatus Status { get; init; }

    /// <summary>Why the document failed (the first failure when several tasks failed).</summary>
    public DocumentError? Error { get; init; }

    /// <summary>Detected language.</summary>
    public LanguageInfo? Language { get; init; }

    /// <summary>Number of paragraphs and sentences found.</summary>
    public TextStatistics? Statistics { get; init; }

    /// <summary>Task outputs.</summary>
    public TaskOutputs Outputs { get; init; } = new();

    /// <summary>One entry per stage that ran.</summary>
    public IReadOnlyList<StageProvenance> Provenance { get; init; } = [];

    /// <summary>When processing started.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>When processing finished.</summary>
    public DateTimeOffset CompletedAt { get; init; }
}

/// <summary>Counts of the text units found in a document.</summary>
public sealed record TextStatistics(int Paragraphs, int Sentences, int Characters, int Words);
