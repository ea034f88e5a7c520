using AliaBatch.Transport;
using AliaBatch.Transport.ServiceBus;
using Azure.Messaging.ServiceBus;
using Xunit;

namespace AliaBatch.Transport.Tests;

/// <summary>
/// Against a real Service Bus queue; explicit, so it runs only when asked for:
/// <c>ALIABATCH_TEST_SERVICEBUS='Endpoint=sb://…' dotnet test tests/AliaBatch.Transport.Tests -- xUnit.Explicit=only</c>.
/// The queue (<c>ALIABATCH_TEST_SERVICEBUS_QUEUE</c>, default <c>inference-batches</c>) must exist and should be empty.
/// </summary>
public sealed class ServiceBusLiveTests
{
    [Fact(Explicit = true)]
    public async Task SendReceiveAbandonDeadLetter_AgainstARealQueue_BehaveAsTheAdapterExpects()
    {
        var token = TestContext.Current.CancellationToken;
        var connection = Environment.GetEnvironmentVariable("ALIABATCH_TEST_SERVICEBUS");
        Assert.False(string.IsNullOrWhiteSpace(connection), "Set ALIABATCH_TEST_SERVICEBUS to a Service Bus connection string to run the live test.");
        var queue = Environment.GetEnvironmentVariable("ALIABATCH_TEST_SERVICEBUS_QUEUE") is { Length: > 0 } named ? named : "inference-batches";
        await using var client = BatchTransports.CreateServiceBusClient(new ServiceBusTransportOptions { ConnectionString = connection });
        var sender = new ServiceBusBatchSender(client.CreateSender(queue));
        var receiver = new ServiceBusBatchReceiver(client.CreateReceiver(queue, BatchTransports.ReceiverOptions()), new TransportOptions { MaxDeliveryCount = 2 });
        var batch = Messages.Batch(1, jobId: "live-" + Guid.NewGuid().ToString("N")[..8]);

        await sender.SendAsync(batch, token);
        await using (var first = await receiver.ReceiveAsync(TimeSpan.FromSeconds(30), token))
        {
            Assert.Equal(batch, first!.Message);
            await first.RenewLockAsync(token);
            await first.AbandonAsync("live test: abandon once", token);
        }

        await using (var second = await receiver.ReceiveAsync(TimeSpan.FromSeconds(30), token))
        {
            Assert.Equal(2, second!.DeliveryCount);
            await second.AbandonAsync("live test: poison", token);
        }

        await using var deadLetters = client.CreateReceiver(queue, new ServiceBusReceiverOptions { SubQueue = SubQueue.DeadLetter });
        var deadLettered = await deadLetters.ReceiveMessageAsync(TimeSpan.FromSeconds(30), token);
        Assert.Equal(batch.MessageId, deadLettered!.MessageId);
        Assert.Equal(DeadLetterReasons.MaxDeliveryCountExceeded, deadLettered.DeadLetterReason);
        Assert.Contains("live test: poison", deadLettered.DeadLetterErrorDescription, StringComparison.Ordinal);
        await deadLetters.CompleteMessageAsync(deadLettered, token);
    }
}
