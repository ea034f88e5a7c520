using AliaBatch.Transport;
using Microsoft.Extensions.Logging;

namespace AliaBatch.Orchestration.Dispatch;

/// <summary>
/// The inference tier's side of batch dispatch: receives a batch from a transport, reads its plan, runs
/// <see cref="BatchProcessor"/>, and settles the message — completed only after the batch manifest is written,
/// dead-lettered with a reason when the message or its plan can never be processed, abandoned on a transient failure
/// or when stopping. Host-agnostic: the GPU worker and the embedded host run the same loop.
/// </summary>
public sealed partial class BatchConsumer(
    BatchProcessor processor,
    Stores.ObjectStoreResolver stores,
    TimeProvider timeProvider,
    ILogger<BatchConsumer> logger)
{
    private static readonly TimeSpan s_receiveWait = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan s_pauseAfterError = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Receives and handles one batch; returns null when none arrived within <paramref name="maxWaitTime"/>. A batch in
    /// hand when <paramref name="cancellationToken"/> is cancelled is abandoned (outcome
    /// <see cref="BatchDisposition.Abandoned"/>), so another consumer takes it at once.
    /// </summary>
    public async Task<BatchOutcome?> ConsumeOneAsync(IBatchReceiver receiver, TimeSpan maxWaitTime, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        var received = await receiver.ReceiveAsync(maxWaitTime, cancellationToken);
        if (received is null)
        {
            return null;
        }

        await using (received)
        {
            return await HandleAsync(received, cancellationToken);
        }
    }

    /// <summary>Consumes batches one after another until <paramref name="cancellationToken"/> is cancelled.</summary>
    public Task RunAsync(IBatchReceiver receiver, CancellationToken cancellationToken) => RunAsync(receiver, null, cancellationToken);

    /// <summary>
    /// Consumes batches one after another until <paramref name="cancellationToken"/> is cancelled, reporting each outcome
    /// to <paramref name="outcomes"/>. A failure to receive or settle is logged and the loop goes on after a pause: the
    /// message comes back when its lock runs out.
    /// </summary>
    public async Task RunAsync(IBatchReceiver receiver, IProgress<BatchOutcome>? outcomes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (await ConsumeOneAsync(receiver, s_receiveWait, cancellationToken) is { } outcome)
                {
                    outcomes?.Report(outcome);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.ConsumerLoopFailed(exception);
                try
                {
                    await Task.Delay(s_pauseAfterError, timeProvider, cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    private async Task<BatchOutcome> HandleAsync(ReceivedBatch received, CancellationToken cancellationToken)
    {
        var message = received.Message;
        var started = timeProvider.GetTimestamp();
        var now = timeProvider.GetUtcNow();
        var outcome = new BatchOutcome(
            message, received.DeliveryCount, BatchDisposition.Completed, null, false, null,
            received.EnqueuedAt == default ? null : Max(now - received.EnqueuedAt, TimeSpan.Zero), TimeSpan.Zero, 0, 0);
        logger.BatchReceived(message.MessageId, received.DeliveryCount);
        using var work = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, received.LockLost);
        try
        {
            var plan = await ReadPlanAsync(message, work.Token);
            if (plan.Input is null)
            {
                return await SettleAsync(received, outcome with { Disposition = BatchDisposition.DeadLettered, Reason = plan.Reason }, started,
                    () => received.DeadLetterAsync(plan.Reason, plan.Description, CancellationToken.None));
            }

            var processed = await processor.RunAsync(plan.Input.Job, plan.Input.Batch, work.Token);
            outcome = outcome with
            {
                Counts = processed.Manifest.Counts,
                AlreadyDone = processed.AlreadyDone,
                TokensIn = processed.TokensIn,
                TokensOut = processed.TokensOut,
            };
            return await SettleAsync(received, outcome, started, () => received.CompleteAsync(CancellationToken.None));
        }
        catch (Exception exception) when (received.LockLost.IsCancellationRequested)
        {
            logger.BatchLockLostWhileProcessing(message.MessageId, exception.GetType().Name);
            return Finish(outcome with { Disposition = BatchDisposition.LockLost, Reason = "The lock was lost while the batch was processed." }, started);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            const string Stopping = "The consumer stopped before the batch was finished.";
            return await SettleAsync(received, outcome with { Disposition = BatchDisposition.Abandoned, Reason = Stopping }, started,
                () => received.AbandonAsync(Stopping, CancellationToken.None));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Per-document failures never get here (the processor isolates them): this is storage, the network or a bug.
            // Abandoning retries it; the transport dead-letters it on the last allowed delivery with this reason.
            logger.BatchFailed(exception, message.MessageId, received.DeliveryCount);
            var reason = $"{exception.GetType().Name}: {exception.Message}";
            return await SettleAsync(received, outcome with { Disposition = BatchDisposition.Abandoned, Reason = reason }, started,
                () => received.AbandonAsync(reason, CancellationToken.None));
        }
    }

    private async Task<BatchOutcome> SettleAsync(ReceivedBatch received, BatchOutcome outcome, long started, Func<Task> settle)
    {
        try
        {
            await settle();
        }
        catch (BatchLockLostException)
        {
            outcome = outcome with { Disposition = BatchDisposition.LockLost, Reason = "The lock was lost before the batch could be settled." };
        }

        logger.BatchSettled(received.Message.MessageId, outcome.Disposition, outcome.Reason ?? string.Empty);
        return Finish(outcome, started);
    }

    private BatchOutcome Finish(BatchOutcome outcome, long started) =>
        outcome with { ProcessingDuration = timeProvider.GetElapsedTime(started) };

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
