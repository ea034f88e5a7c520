namespace AliaBatch.Transport;

/// <summary>Automatic lock renewal.</summary>
public abstract partial class ReceivedBatch
{
    /// <summary>Starts renewing the lock in the background; the transport calls this once, right after receiving.</summary>
    private protected void StartAutomaticRenewal()
    {
        // A third of the lock: a renewal that is late or fails once still leaves time for the next before the lock runs out.
        var interval = (LockedUntil - _receivedAt) / 3;
        interval = interval > LeaseSettings.MinimumRenewalInterval ? interval : LeaseSettings.MinimumRenewalInterval;
        _renewal = RenewUntilStoppedAsync(interval, _receivedAt + _settings.MaxLockRenewalDuration, _stopRenewal.Token);
    }

    private async Task RenewUntilStoppedAsync(TimeSpan interval, DateTimeOffset renewUntil, CancellationToken stop)
    {
        while (true)
        {
            try
            {
                await Task.Delay(interval, _settings.Time, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (_settings.Time.GetUtcNow() >= renewUntil)
            {
                Log.LockRenewalStopped(_settings.Logger, Message.MessageId, _settings.MaxLockRenewalDuration);
                return;
            }

            try
            {
                await RenewLockAsync(stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (InvalidOperationException) when (IsSettled)
            {
                return;
            }
            catch (BatchLockLostException)
            {
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A failed renewal is not yet a lost lock: the next attempt, a third of a lock later, may still succeed.
                Log.LockRenewalFailed(_settings.Logger, exception, Message.MessageId);
            }
        }
    }
}
