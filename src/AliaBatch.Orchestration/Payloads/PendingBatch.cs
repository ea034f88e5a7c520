namespace AliaBatch.Orchestration.Payloads;

/// <summary>A dispatched batch the group waits for.</summary>
/// <param name="BatchId">The batch.</param>
/// <param name="Attempt">Its last dispatch (0: not dispatched yet).</param>
/// <param name="Deadline">When that dispatch is overdue (orchestration time).</param>
public sealed record PendingBatch(string BatchId, int Attempt, DateTimeOffset Deadline);
