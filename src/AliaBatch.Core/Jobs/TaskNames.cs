namespace AliaBatch.Core.Jobs;

/// <summary>The task names used in requests, results, the index and the CLI.</summary>
public static class TaskNames
{
    /// <summary>Translation.</summary>
    public const string Translate = "translate";

    /// <summary>Summarisation.</summary>
    public const string Summarize = "summarize";

    /// <summary>Classification.</summary>
    public const string Classify = "classify";
}
