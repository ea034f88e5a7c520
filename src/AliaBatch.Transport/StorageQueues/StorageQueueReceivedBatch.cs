using Azure;
using Azure.Storage.Queues.Models;

namespace AliaBatch.Transport.StorageQueues;

/// <summary>
/// A Storage queue lease: the message is invisible until its visibility timeout; each update returns a new pop
/// receipt, and a stale one means another receiver dequeued the message since.
/// </summary>
internal sealed class StorageQueueReceivedBatch : ReceivedBatch
{
    private readonly StorageQueueBatchTransport _transport;
    private readonly QueueMessage _message;
    private string _popReceipt;

    public StorageQueueReceivedBatch(StorageQueueBatchTransport transport, QueueMessage message, InferenceBatchMessage batch)
        : base(
            batch,
            (int)Math.Min(message.DequeueCount, int.MaxValue),
            message.InsertedOn ?? transport.Settings.Time.GetUtcNow(),
            message.NextVisibleOn ?? transport.Settings.Time.GetUtcNow() + transport.VisibilityTimeout,
            transport.Settings)
    {
        _transport = transport;
        _message = message;
        _popReceipt = message.PopReceipt;
        StartAutomaticRenewal();
    }

    private protected override Task CompleteCoreAsync(CancellationToken cancellationToken) =>
        WhileLockedAsync(ct => _transport.Queue.DeleteMessageAsync(_message.MessageId, _popReceipt, ct), cancellationToken);

    private protected override Task AbandonCoreAsync(string reason, CancellationToken cancellationToken) =>
        WhileLockedAsync(ct => _transport.Queue.UpdateMessageAsync(_message.MessageId, _popReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: ct), cancellationToken);

    private protected override async Task DeadLetterCoreAsync(string reason, string description, CancellationToken cancellationToken)
    {
        // Renewing first proves the lock is still ours, so a batch someone else now holds is not copied to the poison queue.
        await RenewLockCoreAsync(cancellationToken);
        var deadLettered = new DeadLetteredBatch(Message.MessageId, _message.Body.ToString(), reason, description, DeliveryCount, _transport.Settings.Time.GetUtcNow());
        await _transport.SendToPoisonAsync(deadLettered, cancellationToken);
        await CompleteCoreAsync(cancellationToken);
    }

    private protected override async Task<DateTimeOffset> RenewLockCoreAsync(CancellationToken cancellationToken)
    {
        UpdateReceipt receipt = null!;
        await WhileLockedAsync(
            async ct => receipt = (await _transport.Queue.UpdateMessageAsync(_message.MessageId, _popReceipt, visibilityTimeout: _transport.VisibilityTimeout, cancellationToken: ct)).Value,
            cancellationToken);
        _popReceipt = receipt.PopReceipt;
        return receipt.NextVisibleOn;
    }

    private async Task WhileLockedAsync(Func<CancellationToken, Task> operation, CancellationToken cancellationToken)
    {
        try
        {
            await operation(cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 404 || exception.ErrorCode == QueueErrorCode.PopReceiptMismatch.ToString())
        {
            throw new BatchLockLostException(
                $"Batch message {Message.MessageId} was dequeued by another receiver after its visibility timeout ran out ({exception.ErrorCode}).",
                exception);
        }
    }
}
