namespace AliaBatch.Transport;

/// <summary>
/// A batch locked for this receiver: settle it exactly once with <see cref="CompleteAsync"/> (after the batch
/// manifest is written), <see cref="AbandonAsync"/> (transient failure: deliver again) or <see cref="DeadLetterAsync"/>
/// (poison). Until then the lock is renewed automatically, every third of the lock duration, for at most the configured
/// renewal duration; <see cref="LockLost"/> is cancelled when a renewal finds the lock gone. Disposing stops the
/// renewal without settling, so the batch comes back when its lock runs out.
/// </summary>
public abstract partial class ReceivedBatch : IAsyncDisposable
{
    private readonly LeaseSettings _settings;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _lockLost = new();
    private readonly CancellationTokenSource _stopRenewal = new();
    private readonly DateTimeOffset _receivedAt;
    private Task _renewal = Task.CompletedTask;
    private LeaseState _state;
    private bool _disposed;

    private protected ReceivedBatch(InferenceBatchMessage message, int deliveryCount, DateTimeOffset enqueuedAt, DateTimeOffset lockedUntil, LeaseSettings settings)
    {
        Message = message;
        DeliveryCount = deliveryCount;
        EnqueuedAt = enqueuedAt;
        LockedUntil = lockedUntil;
        _settings = settings;
        _receivedAt = settings.Time.GetUtcNow();
    }

    private enum LeaseState
    {
        Locked,
        Settled,
        Lost,
    }

    /// <summary>The work item.</summary>
    public InferenceBatchMessage Message { get; }

    /// <summary>1 on the first delivery; higher after abandons, expired locks or crashed receivers.</summary>
    public int DeliveryCount { get; }

    /// <summary>When the message was queued (for the queue-wait metric).</summary>
    public DateTimeOffset EnqueuedAt { get; }

    /// <summary>When the current lock runs out unless renewed.</summary>
    public DateTimeOffset LockedUntil { get; private set; }

    /// <summary>Cancelled when the lock is found lost: stop working on the batch, someone else may have it.</summary>
    public CancellationToken LockLost => _lockLost.Token;

    /// <summary>True once settled (completed, abandoned or dead-lettered).</summary>
    public bool IsSettled => _state == LeaseState.Settled;

    /// <summary>Removes the batch from the queue: call only after its results and manifest are in storage.</summary>
    public Task CompleteAsync(CancellationToken cancellationToken = default) =>
        SettleAsync(CompleteCoreAsync, cancellationToken);

    /// <summary>
    /// Gives the batch back for another delivery (a transient failure). On the last allowed delivery it is
    /// dead-lettered instead, with reason <see cref="DeadLetterReasons.MaxDeliveryCountExceeded"/> and this reason in the description.
    /// </summary>
    public Task AbandonAsync(string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (DeliveryCount >= _settings.MaxDeliveryCount)
        {
            var description = $"Abandoned on delivery {DeliveryCount} of at most {_settings.MaxDeliveryCount}: {reason}";
            return DeadLetterAsync(DeadLetterReasons.MaxDeliveryCountExceeded, description, cancellationToken);
        }

        return SettleAsync(ct => AbandonCoreAsync(reason, ct), cancellationToken);
    }

    /// <summary>Sets the batch aside as poison, with a short reason code and a description for the operator.</summary>
    public Task DeadLetterAsync(string reason, string description, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentNullException.ThrowIfNull(description);
        return SettleAsync(
            async ct =>
            {
                await DeadLetterCoreAsync(reason, description, ct);
                Log.BatchDeadLettered(_settings.Logger, Message.MessageId, reason, description, DeliveryCount);
            },
            cancellationToken);
    }

    /// <summary>Extends the lock by the transport's lock duration; throws <see cref="BatchLockLostException"/> when it is already gone.</summary>
    public async Task RenewLockAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            EnsureLocked();
            LockedUntil = await RunCoreAsync(RenewLockCoreAsync, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops automatic renewal; an unsettled batch is not settled and comes back when its lock runs out.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _stopRenewal.CancelAsync();
        await _renewal;
        _stopRenewal.Dispose();
        _lockLost.Dispose();
        _gate.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Deletes the message.</summary>
    private protected abstract Task CompleteCoreAsync(CancellationToken cancellationToken);

    /// <summary>Makes the message visible again at once.</summary>
    private protected abstract Task AbandonCoreAsync(string reason, CancellationToken cancellationToken);

    /// <summary>Moves the message to the dead-letter or poison queue.</summary>
    private protected abstract Task DeadLetterCoreAsync(string reason, string description, CancellationToken cancellationToken);

    /// <summary>Extends the lock; returns the new expiry.</summary>
    private protected abstract Task<DateTimeOffset> RenewLockCoreAsync(CancellationToken cancellationToken);

    private async Task SettleAsync(Func<CancellationToken, Task> settle, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            EnsureLocked();
            await RunCoreAsync(
                async ct =>
                {
                    await settle(ct);
                    return LockedUntil;
                },
                cancellationToken);
            _state = LeaseState.Settled;
        }
        finally
        {
            _gate.Release();
        }

        await _stopRenewal.CancelAsync();
    }

    private async Task<T> RunCoreAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await operation(cancellationToken);
        }
        catch (BatchLockLostException)
        {
            _state = LeaseState.Lost;
            Log.BatchLockLost(_settings.Logger, Message.MessageId, DeliveryCount);
            await _lockLost.CancelAsync();
            throw;
        }
    }

    private void EnsureLocked()
    {
        switch (_state)
        {
            case LeaseState.Settled:
                throw new InvalidOperationException($"Batch message {Message.MessageId} is already settled.");
            case LeaseState.Lost:
                throw new BatchLockLostException($"The lock on batch message {Message.MessageId} was lost; it may be delivered to another receiver.");
        }
    }
}
