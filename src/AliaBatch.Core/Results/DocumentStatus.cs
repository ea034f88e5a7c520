namespace AliaBatch.Core.Results;

/// <summary>The outcome of one document.</summary>
public enum DocumentStatus
{
    /// <summary>Every requested task produced its output.</summary>
    Succeeded,

    /// <summary>The document, or one of its tasks, failed; the error says why.</summary>
    Failed,

    /// <summary>Nothing to do (e.g. an unchanged document whose result already exists).</summary>
    Skipped,

    /// <summary>Not processed because the job was cancelled.</summary>
    Cancelled,
}
