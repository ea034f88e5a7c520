using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AliaBatch.Transport.ServiceBus;

/// <summary>
/// Receives batches from the Service Bus queue in peek-lock mode: nothing is completed automatically, the lock is
/// renewed by the <see cref="ReceivedBatch"/> until it is settled, and the broker redelivers an abandoned or
/// expired message with a higher delivery count and dead-letters it after the queue's <c>maxDeliveryCount</c>.
/// A pull receiver rather than a <see cref="ServiceBusProcessor"/>: the worker takes a batch when it has a free
/// GPU, and with no prefetch the queue length KEDA scales on counts every waiting batch.
/// </summary>
public sealed class ServiceBusBatchReceiver : IBatchReceiver
{
    private readonly ServiceBusReceiver _receiver;
    private readonly LeaseSettings _settings;

    /// <summary>Creates the receiver over a peek-lock <see cref="ServiceBusReceiver"/> with the delivery rules of <paramref name="transport"/>.</summary>
    public ServiceBusBatchReceiver(
        ServiceBusReceiver receiver,
        TransportOptions transport,
        TimeProvider? timeProvider = null,
        ILogger<ServiceBusBatchReceiver>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        ArgumentNullException.ThrowIfNull(transport);
        if (receiver.ReceiveMode != ServiceBusReceiveMode.PeekLock)
        {
            throw new ArgumentException("The batch receiver needs a peek-lock receiver: receive-and-delete loses a batch when a worker dies.", nameof(receiver));
        }

        _receiver = receiver;
        _settings = new LeaseSettings(
            transport.MaxDeliveryCount,
            transport.MaxLockRenewalDuration,
            timeProvider ?? TimeProvider.System,
            logger ?? (ILogger)NullLogger.Instance);
    }

    /// <inheritdoc />
    public async Task<ReceivedBatch?> ReceiveAsync(TimeSpan maxWaitTime, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWaitTime, TimeSpan.Zero);
        var giveUpAt = _settings.Time.GetUtcNow() + maxWaitTime;
        while (true)
        {
            var remaining = giveUpAt - _settings.Time.GetUtcNow();
            var message = await _receiver.ReceiveMessageAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.FromMilliseconds(1), cancellationToken);
            if (message is null)
            {
                return null;
            }

            InferenceBatchMessage batch;
            try
            {
                batch = InferenceBatchMessage.Parse(message.Body.ToString());
            }
            catch (FormatException exception)
            {
                await SetAsideAsync(message, DeadLetterReasons.MalformedMessage, exception.Message, cancellationToken);
                continue;
            }

            if (message.DeliveryCount > _settings.MaxDeliveryCount)
            {
                // The broker normally does this itself; this covers a queue whose maxDeliveryCount is higher than ours.
                var description = $"Delivered {message.DeliveryCount} times; AliaBatch:Transport:MaxDeliveryCount is {_settings.MaxDeliveryCount}.";
                await SetAsideAsync(message, DeadLetterReasons.MaxDeliveryCountExceeded, description, cancellationToken);
                continue;
            }

            return new ServiceBusReceivedBatch(_receiver, message, batch, _settings);
        }
    }

    private async Task SetAsideAsync(ServiceBusReceivedMessage message, string reason, string description, CancellationToken cancellationToken)
    {
        await _receiver.DeadLetterMessageAsync(message, reason, ServiceBusReceivedBatch.Truncate(description), cancellationToken);
        Log.MessageSetAside(_settings.Logger, message.MessageId, reason, description);
    }
}
