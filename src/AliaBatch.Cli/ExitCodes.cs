namespace AliaBatch.Cli;

/// <summary>The exit codes of <c>aliabatch</c>; documented in docs/cli.md and stable across versions.</summary>
public static class ExitCodes
{
    /// <summary>Everything succeeded.</summary>
    public const int Success = 0;

    /// <summary>The job or command failed as a whole (an unexpected error).</summary>
    public const int Failed = 1;

    /// <summary>Invalid arguments or an invalid job request; the message names the field.</summary>
    public const int InvalidRequest = 2;

    /// <summary>The job finished, and at least one document failed (see index.jsonl).</summary>
    public const int CompletedWithErrors = 3;

    /// <summary>The input folder or container does not exist or holds no documents.</summary>
    public const int InputNotFound = 4;

    /// <summary>The output location cannot be written.</summary>
    public const int OutputNotWritable = 5;

    /// <summary>A quality check failed (evaluation regression, threshold not met).</summary>
    public const int QualityRegression = 6;

    /// <summary>Cancelled by the user (Ctrl+C), as shells report SIGINT.</summary>
    public const int Cancelled = 130;
}
