namespace AliaBatch.Transport;

/// <summary>
/// Takes batches from the inference tier's queue (the worker side). Delivery is at least once: a batch received and
/// not completed in time, abandoned, or held by a process that died comes back, with a higher
/// <see cref="ReceivedBatch.DeliveryCount"/>, until it is dead-lettered.
/// </summary>
public interface IBatchReceiver
{
    /// <summary>
    /// Waits up to <paramref name="maxWaitTime"/> for a batch and locks it for this receiver (peek-lock, or the visibility
    /// timeout); returns null when none arrived in time (zero: only what is there now). Messages that cannot be read, or that were delivered more than
    /// the maximum number of times, are dead-lettered with a reason on the way and never returned.
    /// </summary>
    Task<ReceivedBatch?> ReceiveAsync(TimeSpan maxWaitTime, CancellationToken cancellationToken = default);
}
