using System.Collections.Concurrent;
using Azure.Messaging.ServiceBus;

namespace AliaBatch.Transport.Tests;

/// <summary>A peek-lock receiver double: hands out queued model-factory messages and records every settlement.</summary>
internal sealed class FakeServiceBusReceiver(ServiceBusReceiveMode mode = ServiceBusReceiveMode.PeekLock) : ServiceBusReceiver
{
    private readonly ConcurrentQueue<ServiceBusReceivedMessage> _messages = new();
    private int _renewals;

    public override ServiceBusReceiveMode ReceiveMode => mode;

    public List<ServiceBusReceivedMessage> Completed { get; } = [];

    public List<(ServiceBusReceivedMessage Message, IDictionary<string, object>? Properties)> Abandoned { get; } = [];

    public List<(ServiceBusReceivedMessage Message, string Reason, string Description)> DeadLettered { get; } = [];

    public int Renewals => Volatile.Read(ref _renewals);

    /// <summary>When set, settling and renewing fail as the broker does for an expired lock.</summary>
    public bool LockLost { get; set; }

    public void Enqueue(ServiceBusReceivedMessage message) => _messages.Enqueue(message);

    public override Task<ServiceBusReceivedMessage?> ReceiveMessageAsync(TimeSpan? maxWaitTime = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(_messages.TryDequeue(out var message) ? message : null);

    public override Task CompleteMessageAsync(ServiceBusReceivedMessage message, CancellationToken cancellationToken = default)
    {
        ThrowIfLockLost();
        Completed.Add(message);
        return Task.CompletedTask;
    }

    public override Task AbandonMessageAsync(ServiceBusReceivedMessage message, IDictionary<string, object>? propertiesToModify = null, CancellationToken cancellationToken = default)
    {
        ThrowIfLockLost();
        Abandoned.Add((message, propertiesToModify));
        return Task.CompletedTask;
    }

    public override Task DeadLetterMessageAsync(ServiceBusReceivedMessage message, string deadLetterReason, string? deadLetterErrorDescription = null, CancellationToken cancellationToken = default)
    {
        ThrowIfLockLost();
        DeadLettered.Add((message, deadLetterReason, deadLetterErrorDescription ?? string.Empty));
        return Task.CompletedTask;
    }

    public override Task RenewMessageLockAsync(ServiceBusReceivedMessage message, CancellationToken cancellationToken = default)
    {
        ThrowIfLockLost();
        Interlocked.Increment(ref _renewals);
        return Task.CompletedTask;
    }

    private void ThrowIfLockLost()
    {
        if (LockLost)
        {
            throw new ServiceBusException("The lock supplied is invalid.", ServiceBusFailureReason.MessageLockLost);
        }
    }
}
