using Azure.Messaging.ServiceBus;

namespace AliaBatch.Transport.Tests;

/// <summary>A sender double that keeps what it was asked to send.</summary>
internal sealed class FakeServiceBusSender : ServiceBusSender
{
    public List<ServiceBusMessage> Sent { get; } = [];

    public override Task SendMessageAsync(ServiceBusMessage message, CancellationToken cancellationToken = default)
    {
        Sent.Add(message);
        return Task.CompletedTask;
    }
}
