namespace AliaBatch.Transport.Events;

/// <summary>The values of <see cref="JobEvent.Type"/>; also the Service Bus message subject.</summary>
public static class JobEventTypes
{
    /// <summary>A job run finished and every document succeeded or was skipped.</summary>
    public const string JobCompleted = "job.completed";

    /// <summary>A job run finished and at least one document failed.</summary>
    public const string JobCompletedWithErrors = "job.completedWithErrors";

    /// <summary>A job run failed as a whole (not a document).</summary>
    public const string JobFailed = "job.failed";

    /// <summary>A job run was cancelled; finished results are kept.</summary>
    public const string JobCancelled = "job.cancelled";

    /// <summary>A scheduled evaluation run finished (whether or not anything regressed).</summary>
    public const string EvaluationCompleted = "evaluation.completed";

    /// <summary>A scheduled evaluation run found metrics worse than their threshold allows.</summary>
    public const string EvaluationRegressed = "evaluation.regressed";
}
