namespace AliaBatch.Transport.InProcess;

/// <summary>An in-process lease: a timer puts the batch back in the queue when the lock runs out.</summary>
internal sealed class InProcessReceivedBatch : ReceivedBatch
{
    private readonly InProcessBatchQueue _queue;
    private readonly QueuedBatch _queued;
    private readonly TimeSpan _lockDuration;
    private readonly TimeProvider _time;
    private readonly Lock _sync = new();
    private readonly ITimer _expiry;
    private bool _released;

    public InProcessReceivedBatch(InProcessBatchQueue queue, QueuedBatch queued, int deliveryCount, TimeSpan lockDuration, LeaseSettings settings)
        : base(queued.Message, deliveryCount, queued.EnqueuedAt, settings.Time.GetUtcNow() + lockDuration, settings)
    {
        _queue = queue;
        _queued = queued;
        _lockDuration = lockDuration;
        _time = settings.Time;
        _expiry = _time.CreateTimer(_ => Expire(), null, lockDuration, Timeout.InfiniteTimeSpan);
        StartAutomaticRenewal();
    }

    private protected override Task CompleteCoreAsync(CancellationToken cancellationToken)
    {
        Release();
        return Task.CompletedTask;
    }

    private protected override Task AbandonCoreAsync(string reason, CancellationToken cancellationToken)
    {
        Release();
        _queue.Requeue(_queued);
        return Task.CompletedTask;
    }

    private protected override Task DeadLetterCoreAsync(string reason, string description, CancellationToken cancellationToken)
    {
        Release();
        _queue.DeadLetter(_queued, DeliveryCount, reason, description);
        return Task.CompletedTask;
    }

    private protected override Task<DateTimeOffset> RenewLockCoreAsync(CancellationToken cancellationToken)
    {
        lock (_sync)
        {
            ThrowIfReleased();
            _expiry.Change(_lockDuration, Timeout.InfiniteTimeSpan);
            return Task.FromResult(_time.GetUtcNow() + _lockDuration);
        }
    }

    private void Release()
    {
        lock (_sync)
        {
            ThrowIfReleased();
            _released = true;
        }

        _expiry.Dispose();
    }

    private void Expire()
    {
        lock (_sync)
        {
            if (_released)
            {
                return;
            }

            _released = true;
        }

        _expiry.Dispose();
        _queue.Requeue(_queued);
    }

    private void ThrowIfReleased()
    {
        if (_released)
        {
            throw new BatchLockLostException($"The lock on batch message {Message.MessageId} ran out; it is back in the queue.");
        }
    }
}
