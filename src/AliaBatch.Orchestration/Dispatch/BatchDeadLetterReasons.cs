namespace AliaBatch.Orchestration.Dispatch;

/// <summary>
/// Reasons a <see cref="BatchConsumer"/> gives when it dead-letters a batch it can never process. The transports' own
/// reasons are in <c>AliaBatch.Transport.DeadLetterReasons</c>.
/// </summary>
public static class BatchDeadLetterReasons
{
    /// <summary>No plan at the message's <c>PlanPath</c>.</summary>
    public const string PlanNotFound = "PlanNotFound";

    /// <summary>The plan is not a batch plan (invalid JSON, missing job or batch, or an invalid path).</summary>
    public const string MalformedPlan = "MalformedPlan";

    /// <summary>The plan belongs to another job, run or batch than the message.</summary>
    public const string PlanMismatch = "PlanMismatch";

    /// <summary>The message's <c>ResultsLocation</c> is not a store reference.</summary>
    public const string InvalidResultsLocation = "InvalidResultsLocation";

    /// <summary>The results store cannot be opened here (an attached store of a host that has let it go).</summary>
    public const string StoreUnavailable = "StoreUnavailable";
}
