using AliaBatch.Orchestration.Dispatch;
using AliaBatch.Transport;
using AliaBatch.Worker.Health;
using AliaBatch.Worker.Telemetry;
using Microsoft.Extensions.Options;

namespace AliaBatch.Worker.Consuming;

/// <summary>
/// One receive loop: takes a batch when it is free, has <see cref="BatchConsumer"/> process and settle it, records the
/// outcome. On shutdown it stops receiving at once; the batch in hand may finish within
/// <see cref="WorkerOptions.GracePeriod"/>, after which its work is cancelled and the consumer abandons it.
/// </summary>
internal sealed class ReceiveLoop(
    BatchConsumer consumer,
    IBatchReceiver receiver,
    WorkerMetrics metrics,
    WorkerHealth health,
    TimeProvider timeProvider,
    IOptions<WorkerOptions> options,
    ILogger<ReceiveLoop> logger)
{
    /// <summary>Runs until <paramref name="stopping"/> is cancelled and the batch in hand is settled.</summary>
    public async Task RunAsync(int index, CancellationToken stopping)
    {
        var settings = options.Value;
        using var hard = new CancellationTokenSource();
        await using var onStop = stopping.Register(() =>
        {
            Log.Stopping(logger, settings.GracePeriod);
            hard.CancelAfter(settings.GracePeriod);
        });
        var stoppable = new StoppableBatchReceiver(receiver, settings.HoldAfterReceive, timeProvider, logger, stopping);
        health.LoopStarted();
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                if (await consumer.ConsumeOneAsync(stoppable, settings.ReceiveWaitTime, hard.Token) is { } outcome)
                {
                    metrics.Record(outcome);
                    var disposition = WorkerMetrics.DispositionTag(outcome);
                    Log.BatchHandled(logger, outcome.Message.MessageId, disposition, outcome.Counts?.Sources ?? 0, outcome.ProcessingDuration);
                }
            }
        }
        catch (OperationCanceledException) when (hard.IsCancellationRequested)
        {
            // The grace period ran out; the consumer gave the batch back before letting the cancellation through.
        }
        catch (Exception exception)
        {
            Log.LoopFailed(logger, exception, index);
            health.MarkFailed($"Receive loop {index} failed: {exception.Message}");
            throw;
        }
        finally
        {
            health.LoopStopped();
        }
    }
}
