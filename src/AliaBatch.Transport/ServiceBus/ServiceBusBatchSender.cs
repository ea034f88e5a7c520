using Azure.Messaging.ServiceBus;

namespace AliaBatch.Transport.ServiceBus;

/// <summary>
/// Sends batches to the Service Bus queue. The <see cref="ServiceBusMessage.MessageId"/> is
/// <see cref="InferenceBatchMessage.MessageId"/>, so a queue with duplicate detection drops a repeated dispatch.
/// </summary>
/// <param name="sender">A sender for the batch queue; its client owns and closes it.</param>
public sealed class ServiceBusBatchSender(ServiceBusSender sender) : IBatchSender
{
    /// <summary>The <see cref="ServiceBusMessage.Subject"/> of every batch message.</summary>
    public const string Subject = "inference-batch";

    /// <inheritdoc />
    public async Task SendAsync(InferenceBatchMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await sender.SendMessageAsync(ToServiceBusMessage(message), cancellationToken);
    }

    /// <summary>The Service Bus message for a batch: JSON body, ids for duplicate detection and correlation, and the ids as properties for filtering in tools.</summary>
    public static ServiceBusMessage ToServiceBusMessage(InferenceBatchMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new ServiceBusMessage(BinaryData.FromString(message.ToJson()))
        {
            MessageId = message.MessageId,
            CorrelationId = message.JobId,
            ContentType = "application/json",
            Subject = Subject,
            ApplicationProperties =
            {
                ["jobId"] = message.JobId,
                ["runId"] = message.RunId,
                ["batchId"] = message.BatchId,
                ["attempt"] = message.Attempt,
            },
        };
    }
}
