using Azure.Storage.Queues;

namespace AliaBatch.Transport.Events;

/// <summary>
/// Publishes events to a Storage queue (<c>job-events</c>; Azurite in the local durable mode). Bodies are base64 JSON,
/// as the Functions queue trigger expects, and never expire. A Storage queue has no duplicate detection: a retried
/// publish can arrive twice, with the same <see cref="JobEvent.Id"/>.
/// </summary>
public sealed class StorageQueueJobEventPublisher : IJobEventPublisher
{
    private readonly QueueClient _queue;
    private readonly Lock _creationSync = new();
    private Task? _creation;

    /// <summary>Creates the publisher over a queue, created on first use; use a client with <see cref="QueueMessageEncoding.Base64"/>.</summary>
    /// <param name="queue">The events queue.</param>
    public StorageQueueJobEventPublisher(QueueClient queue)
    {
        ArgumentNullException.ThrowIfNull(queue);
        _queue = queue;
    }

    /// <summary>The events queue.</summary>
    public string QueueName => _queue.Name;

    /// <inheritdoc />
    public async Task PublishAsync(JobEvent jobEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobEvent);
        await EnsureQueueAsync(cancellationToken);
        await _queue.SendMessageAsync(jobEvent.ToJson(), visibilityTimeout: null, timeToLive: TimeSpan.FromSeconds(-1), cancellationToken);
    }

    private Task EnsureQueueAsync(CancellationToken cancellationToken)
    {
        lock (_creationSync)
        {
            if (_creation is null || _creation.IsFaulted || _creation.IsCanceled)
            {
                // Created once for every caller: one caller's cancellation must not fail the creation the others wait on.
                _creation = _queue.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
            }

            return _creation.WaitAsync(cancellationToken);
        }
    }
}
