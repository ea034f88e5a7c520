using Azure.Messaging.ServiceBus;

namespace AliaBatch.Transport.Events;

/// <summary>
/// Publishes events to the Service Bus topic <c>AliaBatch:ServiceBus:EventsTopic</c> (<c>job-events</c>). The
/// <see cref="ServiceBusMessage.MessageId"/> is the event's deterministic <see cref="JobEvent.Id"/>, so a topic with
/// duplicate detection drops a retried publish; the subject is the event type, so subscriptions can filter on it.
/// </summary>
/// <param name="sender">A sender for the events topic; its client owns and closes it.</param>
public sealed class ServiceBusJobEventPublisher(ServiceBusSender sender) : IJobEventPublisher
{
    /// <inheritdoc />
    public async Task PublishAsync(JobEvent jobEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobEvent);
        await sender.SendMessageAsync(ToServiceBusMessage(jobEvent), cancellationToken);
    }

    /// <summary>The Service Bus message of an event: JSON body, id for duplicate detection, type as subject, ids as properties for subscription filters.</summary>
    /// <param name="jobEvent">The event.</param>
    /// <returns>The message.</returns>
    public static ServiceBusMessage ToServiceBusMessage(JobEvent jobEvent)
    {
        ArgumentNullException.ThrowIfNull(jobEvent);
        return new ServiceBusMessage(BinaryData.FromString(jobEvent.ToJson()))
        {
            MessageId = jobEvent.Id,
            CorrelationId = jobEvent.JobId,
            ContentType = "application/json",
            Subject = jobEvent.Type,
            ApplicationProperties =
            {
                ["jobId"] = jobEvent.JobId,
                ["runId"] = jobEvent.RunId,
                ["type"] = jobEvent.Type,
                ["status"] = jobEvent.Status,
            },
        };
    }
}
