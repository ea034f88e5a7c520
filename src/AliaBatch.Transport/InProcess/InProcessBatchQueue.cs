using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AliaBatch.Transport.InProcess;

/// <summary>
/// The embedded transport: an unbounded channel in this process with the same delivery rules as the durable ones
/// (locks that run out, abandon and redelivery with a higher delivery count, a dead-letter list after the maximum
/// number of deliveries). Nothing survives the process.
/// </summary>
public sealed class InProcessBatchQueue : IBatchSender, IBatchReceiver
{
    private readonly Channel<QueuedBatch> _ready = Channel.CreateUnbounded<QueuedBatch>();
    private readonly ConcurrentQueue<DeadLetteredBatch> _deadLetters = new();
    private readonly TimeSpan _lockDuration;
    private readonly LeaseSettings _settings;

    /// <summary>Creates an empty queue with the delivery rules of <paramref name="options"/>.</summary>
    public InProcessBatchQueue(TransportOptions options, TimeProvider? timeProvider = null, ILogger<InProcessBatchQueue>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _lockDuration = options.LockDuration;
        _settings = new LeaseSettings(
            options.MaxDeliveryCount,
            options.MaxLockRenewalDuration,
            timeProvider ?? TimeProvider.System,
            logger ?? (ILogger)NullLogger.Instance);
    }

    /// <summary>The batches set aside as poison, oldest first.</summary>
    public IReadOnlyList<DeadLetteredBatch> DeadLetters => [.. _deadLetters];

    /// <inheritdoc />
    public async Task SendAsync(InferenceBatchMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.Validate();
        await _ready.Writer.WriteAsync(new QueuedBatch(message, _settings.Time.GetUtcNow()), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ReceivedBatch?> ReceiveAsync(TimeSpan maxWaitTime, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWaitTime, TimeSpan.Zero);
        using var timeout = new CancellationTokenSource(maxWaitTime, _settings.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        while (true)
        {
            if (!_ready.Reader.TryRead(out var queued))
            {
                try
                {
                    queued = await _ready.Reader.ReadAsync(linked.Token);
                }
                catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    return null;
                }
            }

            var deliveryCount = queued.CountDelivery();
            if (deliveryCount > _settings.MaxDeliveryCount)
            {
                var description = $"Its lock ran out on each of {deliveryCount - 1} deliveries.";
                DeadLetter(queued, deliveryCount - 1, DeadLetterReasons.MaxDeliveryCountExceeded, description);
                Log.MessageSetAside(_settings.Logger, queued.Message.MessageId, DeadLetterReasons.MaxDeliveryCountExceeded, description);
                continue;
            }

            return new InProcessReceivedBatch(this, queued, deliveryCount, _lockDuration, _settings);
        }
    }

    internal void Requeue(QueuedBatch queued) => _ready.Writer.TryWrite(queued);

    internal void DeadLetter(QueuedBatch queued, int deliveryCount, string reason, string description) =>
        _deadLetters.Enqueue(new DeadLetteredBatch(
            queued.Message.MessageId,
            queued.Message.ToJson(),
            reason,
            description,
            deliveryCount,
            _settings.Time.GetUtcNow()));
}
