namespace AliaBatch.Transport.InProcess;

/// <summary>A message in the in-process queue, with the deliveries it has had so far.</summary>
/// <param name="message">The work item.</param>
/// <param name="enqueuedAt">When it was sent.</param>
internal sealed class QueuedBatch(InferenceBatchMessage message, DateTimeOffset enqueuedAt)
{
    private int _deliveryCount;

    /// <summary>The work item.</summary>
    public InferenceBatchMessage Message { get; } = message;

    /// <summary>When it was sent.</summary>
    public DateTimeOffset EnqueuedAt { get; } = enqueuedAt;

    /// <summary>Counts one more delivery and returns the total.</summary>
    public int CountDelivery() => Interlocked.Increment(ref _deliveryCount);
}
