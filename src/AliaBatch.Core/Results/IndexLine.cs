using AliaBatch.Core.Errors;

namespace AliaBatch.Core.Results;

/// <summary>
/// One line of <c>index.jsonl</c>: one per document and task target, so consumers can follow a job while it runs
/// without opening every result.
/// </summary>
/// <param name="Document">Document path relative to the source.</param>
/// <param name="Task">Task (or <c>document</c> for the document as a whole).</param>
/// <param name="Target">Target language for translations.</param>
/// <param name="Status">Outcome.</param>
/// <param name="Output">Output path relative to the job folder.</param>
/// <param name="Error">Why it failed.</param>
public sealed record IndexLine(string Document, string Task, string? Target, DocumentStatus Status, string? Output, DocumentError? Error = null)
{
    /// <summary>The task name for whole-document lines.</summary>
    public const string DocumentTask = "document";
}
