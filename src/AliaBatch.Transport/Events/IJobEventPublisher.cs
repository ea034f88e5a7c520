namespace AliaBatch.Transport.Events;

/// <summary>
/// Publishes <see cref="JobEvent"/>s to whoever listens: a Service Bus topic, a Storage queue or the log. Delivery is at
/// least once; consumers deduplicate by <see cref="JobEvent.Id"/>, which is deterministic.
/// </summary>
public interface IJobEventPublisher
{
    /// <summary>Publishes one event; throws when the event could not be handed to the transport, so the caller retries.</summary>
    /// <param name="jobEvent">The event.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>A task that completes when the transport accepted the event.</returns>
    Task PublishAsync(JobEvent jobEvent, CancellationToken cancellationToken = default);
}
