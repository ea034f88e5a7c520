using Azure.Messaging.ServiceBus;

namespace AliaBatch.Transport.ServiceBus;

/// <summary>A peek-lock Service Bus lease; a lost lock surfaces as <see cref="BatchLockLostException"/>.</summary>
internal sealed class ServiceBusReceivedBatch : ReceivedBatch
{
    /// <summary>The application property that carries the reason of an abandon.</summary>
    public const string AbandonReasonProperty = "AbandonReason";

    // Dead-letter reason and description are message headers; keep them well inside the header size limit.
    private const int MaxDescriptionLength = 4096;

    private readonly ServiceBusReceiver _receiver;
    private readonly ServiceBusReceivedMessage _message;

    public ServiceBusReceivedBatch(ServiceBusReceiver receiver, ServiceBusReceivedMessage message, InferenceBatchMessage batch, LeaseSettings settings)
        : base(batch, message.DeliveryCount, message.EnqueuedTime, message.LockedUntil, settings)
    {
        _receiver = receiver;
        _message = message;
        StartAutomaticRenewal();
    }

    public static string Truncate(string description) =>
        description.Length <= MaxDescriptionLength ? description : description[..MaxDescriptionLength];

    private protected override Task CompleteCoreAsync(CancellationToken cancellationToken) =>
        WhileLockedAsync(ct => _receiver.CompleteMessageAsync(_message, ct), cancellationToken);

    private protected override Task AbandonCoreAsync(string reason, CancellationToken cancellationToken) =>
        WhileLockedAsync(
            ct => _receiver.AbandonMessageAsync(_message, new Dictionary<string, object> { [AbandonReasonProperty] = Truncate(reason) }, ct),
            cancellationToken);

    private protected override Task DeadLetterCoreAsync(string reason, string description, CancellationToken cancellationToken) =>
        WhileLockedAsync(ct => _receiver.DeadLetterMessageAsync(_message, reason, Truncate(description), ct), cancellationToken);

    private protected override async Task<DateTimeOffset> RenewLockCoreAsync(CancellationToken cancellationToken)
    {
        await WhileLockedAsync(ct => _receiver.RenewMessageLockAsync(_message, ct), cancellationToken);
        return _message.LockedUntil;
    }

    private async Task WhileLockedAsync(Func<CancellationToken, Task> operation, CancellationToken cancellationToken)
    {
        try
        {
            await operation(cancellationToken);
        }
        catch (ServiceBusException exception) when (exception.Reason == ServiceBusFailureReason.MessageLockLost)
        {
            throw new BatchLockLostException($"The lock on batch message {Message.MessageId} expired or was lost.", exception);
        }
    }
}
