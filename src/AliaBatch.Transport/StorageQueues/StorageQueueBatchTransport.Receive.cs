using Azure.Storage.Queues.Models;

namespace AliaBatch.Transport.StorageQueues;

/// <summary>Receiving: polling, poison checks and leases.</summary>
public sealed partial class StorageQueueBatchTransport
{
    /// <inheritdoc />
    public async Task<ReceivedBatch?> ReceiveAsync(TimeSpan maxWaitTime, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWaitTime, TimeSpan.Zero);
        var time = _settings.Time;
        var giveUpAt = time.GetUtcNow() + maxWaitTime;
        var pause = s_firstPollInterval;
        while (true)
        {
            await EnsureQueuesAsync(cancellationToken);
            var message = (await _queue.ReceiveMessageAsync(_visibilityTimeout, cancellationToken)).Value;
            if (message is null)
            {
                var remaining = giveUpAt - time.GetUtcNow();
                if (remaining <= TimeSpan.Zero)
                {
                    return null;
                }

                await Task.Delay(remaining < pause ? remaining : pause, time, cancellationToken);
                pause = pause * 2 < _maxPollInterval ? pause * 2 : _maxPollInterval;
                continue;
            }

            pause = s_firstPollInterval;
            var received = await AcceptAsync(message, cancellationToken);
            if (received is not null)
            {
                return received;
            }
        }
    }

    /// <summary>A lease on a readable message within its delivery limit; anything else goes to the poison queue.</summary>
    private async Task<ReceivedBatch?> AcceptAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        var body = message.Body.ToString();
        var deliveryCount = (int)Math.Min(message.DequeueCount, int.MaxValue);
        InferenceBatchMessage batch;
        try
        {
            batch = InferenceBatchMessage.Parse(body);
        }
        catch (FormatException exception)
        {
            await SetAsideAsync(message, message.MessageId, deliveryCount, DeadLetterReasons.MalformedMessage, exception.Message, cancellationToken);
            return null;
        }

        if (deliveryCount > _settings.MaxDeliveryCount)
        {
            var description = $"Its visibility timeout ran out on each of {deliveryCount - 1} deliveries.";
            // This dequeue only found the limit passed; the deliveries that counted are the ones before it.
            await SetAsideAsync(message, batch.MessageId, deliveryCount - 1, DeadLetterReasons.MaxDeliveryCountExceeded, description, cancellationToken);
            return null;
        }

        return new StorageQueueReceivedBatch(this, message, batch);
    }

    private async Task SetAsideAsync(QueueMessage message, string messageId, int deliveries, string reason, string description, CancellationToken cancellationToken)
    {
        var deadLettered = new DeadLetteredBatch(messageId, message.Body.ToString(), reason, description, deliveries, _settings.Time.GetUtcNow());
        await SendToPoisonAsync(deadLettered, cancellationToken);
        await _queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        Log.MessageSetAside(_settings.Logger, messageId, reason, description);
    }

    /// <summary>Called by the client when a body is not base64: such a message can never be read, so it is poison at once.</summary>
    internal Task SetAsideUndecodableAsync(QueueMessage message, CancellationToken cancellationToken) =>
        SetAsideAsync(message, message.MessageId, (int)Math.Min(message.DequeueCount, int.MaxValue), DeadLetterReasons.MalformedMessage, "The body is not base64-encoded.", cancellationToken);
}
