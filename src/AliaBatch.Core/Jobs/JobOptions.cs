namespace AliaBatch.Core.Jobs;

/// <summary>How a job runs.</summary>
public sealed record JobOptions
{
    /// <summary>What to do when a result already exists for a document.</summary>
    public OverwritePolicy Overwrite { get; init; } = OverwritePolicy.Skip;

    /// <summary>Scheduling priority.</summary>
    public JobPriority Priority { get; init; } = JobPriority.Normal;

    /// <summary>When the job should be finished; informs batch deadlines.</summary>
    public DateTimeOffset? Deadline { get; init; }
}

/// <summary>What to do with documents that already have a result.</summary>
public enum OverwritePolicy
{
    /// <summary>Keep succeeded results; process only what is missing or failed.</summary>
    Skip,

    /// <summary>Process every document again and replace its results.</summary>
    Overwrite,

    /// <summary>Process every document again into a new versioned job folder.</summary>
    Version,
}

/// <summary>Scheduling priority of a job.</summary>
public enum JobPriority
{
    /// <summary>Background work.</summary>
    Low,

    /// <summary>The default.</summary>
    Normal,

    /// <summary>Ahead of normal jobs.</summary>
    High,
}
