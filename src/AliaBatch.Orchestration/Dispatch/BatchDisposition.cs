namespace AliaBatch.Orchestration.Dispatch;

/// <summary>How a consumer settled a received batch.</summary>
public enum BatchDisposition
{
    /// <summary>The batch manifest is in storage and the message was completed.</summary>
    Completed,

    /// <summary>Given back for another delivery: a transient failure, or the consumer was stopping.</summary>
    Abandoned,

    /// <summary>Set aside as poison with a reason: it can never succeed (its plan is missing or unreadable).</summary>
    DeadLettered,

    /// <summary>The lock was lost while the batch was in hand: nothing was settled, another consumer may have it.</summary>
    LockLost,
}
