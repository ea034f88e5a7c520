namespace AliaBatch.Core.Results;

/// <summary>The state of a job.</summary>
public enum JobStatus
{
    /// <summary>Accepted, not started.</summary>
    Pending,

    /// <summary>Documents are being processed.</summary>
    Running,

    /// <summary>Every document succeeded or was skipped.</summary>
    Succeeded,

    /// <summary>Finished, and at least one document failed.</summary>
    CompletedWithErrors,

    /// <summary>The job itself failed (not a document): e.g. the source could not be listed.</summary>
    Failed,

    /// <summary>Stopped on request; finished results are kept.</summary>
    Cancelled,
}
