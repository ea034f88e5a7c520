using System.Text.Json;
using AliaBatch.Core.Serialization;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AliaBatch.Transport.StorageQueues;

/// <summary>
/// Batches on an Azure Storage queue (Azurite locally). The visibility timeout is the lock, the dequeue count is the
/// delivery count, and poison messages go to <c>{queue}-poison</c> wrapped in a <see cref="DeadLetteredBatch"/> that
/// says why. Bodies are base64, as the Functions queue trigger expects. An empty queue is polled with backoff.
/// </summary>
public sealed partial class StorageQueueBatchTransport : IBatchSender, IBatchReceiver
{
    private static readonly TimeSpan s_firstPollInterval = TimeSpan.FromMilliseconds(50);

    private readonly QueueClient _queue;
    private readonly QueueClient _poison;
    private readonly TimeSpan _visibilityTimeout;
    private readonly TimeSpan _maxPollInterval;
    private readonly LeaseSettings _settings;
    private readonly Lock _creationSync = new();
    private Task? _creation;

    /// <summary>
    /// Creates the transport over a queue and its poison queue (both created on first use), with the delivery rules of
    /// <paramref name="transport"/>; use clients with <see cref="QueueMessageEncoding.Base64"/>.
    /// </summary>
    public StorageQueueBatchTransport(
        QueueClient queue,
        QueueClient poisonQueue,
        TransportOptions transport,
        TimeSpan maxPollInterval,
        TimeProvider? timeProvider = null,
        ILogger<StorageQueueBatchTransport>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(poisonQueue);
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxPollInterval, TimeSpan.Zero);
        _queue = queue;
        _poison = poisonQueue;
        _visibilityTimeout = transport.LockDuration;
        _maxPollInterval = maxPollInterval;
        _settings = new LeaseSettings(
            transport.MaxDeliveryCount,
            transport.MaxLockRenewalDuration,
            timeProvider ?? TimeProvider.System,
            logger ?? (ILogger)NullLogger.Instance);
    }

    /// <summary>The queue of batches.</summary>
    public string QueueName => _queue.Name;

    /// <summary>The poison queue.</summary>
    public string PoisonQueueName => _poison.Name;

    /// <inheritdoc />
    public async Task SendAsync(InferenceBatchMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await EnsureQueuesAsync(cancellationToken);
        // Never expire: an unprocessed batch must stay visible to operators rather than silently disappear after 7 days.
        await _queue.SendMessageAsync(message.ToJson(), visibilityTimeout: null, timeToLive: TimeSpan.FromSeconds(-1), cancellationToken);
    }

    /// <summary>Reads up to <paramref name="maxMessages"/> (at most 32) entries of the poison queue without removing them.</summary>
    public async Task<IReadOnlyList<DeadLetteredBatch>> PeekDeadLettersAsync(int maxMessages = 32, CancellationToken cancellationToken = default)
    {
        await EnsureQueuesAsync(cancellationToken);
        var peeked = await _poison.PeekMessagesAsync(maxMessages, cancellationToken);
        return [.. peeked.Value.Select(m => JsonSerializer.Deserialize<DeadLetteredBatch>(m.Body.ToString(), AliaBatchJson.Compact)!)];
    }

    internal QueueClient Queue => _queue;

    internal LeaseSettings Settings => _settings;

    internal TimeSpan VisibilityTimeout => _visibilityTimeout;

    internal async Task SendToPoisonAsync(DeadLetteredBatch deadLettered, CancellationToken cancellationToken)
    {
        await EnsureQueuesAsync(cancellationToken);
        var body = JsonSerializer.Serialize(deadLettered, AliaBatchJson.Compact);
        await _poison.SendMessageAsync(body, visibilityTimeout: null, timeToLive: TimeSpan.FromSeconds(-1), cancellationToken);
    }

    private Task EnsureQueuesAsync(CancellationToken cancellationToken)
    {
        lock (_creationSync)
        {
            if (_creation is null || _creation.IsFaulted || _creation.IsCanceled)
            {
                _creation = CreateQueuesAsync();
            }

            return _creation.WaitAsync(cancellationToken);
        }
    }

    private async Task CreateQueuesAsync()
    {
        await _queue.CreateIfNotExistsAsync();
        await _poison.CreateIfNotExistsAsync();
    }
}
