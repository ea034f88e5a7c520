using AliaBatch.Transport;

namespace AliaBatch.Worker.Consuming;

/// <summary>
/// The worker's view of the transport: it stops handing out batches once shutdown begins (while the batch in hand may
/// still finish), logs each receipt, and optionally holds a received batch before returning it
/// (<see cref="WorkerOptions.HoldAfterReceive"/>).
/// </summary>
internal sealed class StoppableBatchReceiver(
    IBatchReceiver inner,
    TimeSpan holdAfterReceive,
    TimeProvider timeProvider,
    ILogger logger,
    CancellationToken stopping) : IBatchReceiver
{
    public async Task<ReceivedBatch?> ReceiveAsync(TimeSpan maxWaitTime, CancellationToken cancellationToken = default)
    {
        if (stopping.IsCancellationRequested)
        {
            return null;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping);
        ReceivedBatch? batch;
        try
        {
            batch = await inner.ReceiveAsync(maxWaitTime, linked.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        if (batch is null)
        {
            return null;
        }

        var queueWait = timeProvider.GetUtcNow() - batch.EnqueuedAt;
        Log.BatchReceived(logger, batch.Message.MessageId, batch.DeliveryCount, queueWait);
        if (holdAfterReceive > TimeSpan.Zero)
        {
            Log.BatchHeld(logger, batch.Message.MessageId, holdAfterReceive);
            try
            {
                await Task.Delay(holdAfterReceive, timeProvider, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                await batch.AbandonAsync("The worker stopped before processing the batch.", CancellationToken.None);
                await batch.DisposeAsync();
                throw;
            }
        }

        return batch;
    }
}
