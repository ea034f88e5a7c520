using AliaBatch.Transport;
using Azure.Messaging.ServiceBus;

namespace AliaBatch.Transport.Tests;

internal static class ServiceBusMessages
{
    public static ServiceBusReceivedMessage Received(InferenceBatchMessage batch, int deliveryCount = 1, TimeSpan? lockDuration = null) =>
        Received(batch.ToJson(), batch.MessageId, deliveryCount, lockDuration);

    public static ServiceBusReceivedMessage Received(string body, string messageId, int deliveryCount = 1, TimeSpan? lockDuration = null) =>
        ServiceBusModelFactory.ServiceBusReceivedMessage(
            body: BinaryData.FromString(body),
            messageId: messageId,
            lockTokenGuid: Guid.NewGuid(),
            deliveryCount: deliveryCount,
            lockedUntil: DateTimeOffset.UtcNow + (lockDuration ?? TimeSpan.FromMinutes(5)),
            enqueuedTime: new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));
}
