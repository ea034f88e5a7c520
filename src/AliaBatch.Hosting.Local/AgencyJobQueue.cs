using AliaBatch.Orchestration.Intake;
using AliaBatch.Storage;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;

namespace AliaBatch.Hosting.Local;

/// <summary>
/// The agency job-request queue (<see cref="LocalHostOptions.AgencyQueueName"/>) and its <c>-poison</c> queue on the
/// configured account. Messages are base64 text, as the Functions queue trigger reads them, so an agency client works
/// the same against the local host and Azure.
/// </summary>
public sealed class AgencyJobQueue
{
    private readonly QueueClient _queue;
    private readonly QueueClient _poison;

    /// <summary>Creates the clients; throws <see cref="InvalidOperationException"/> naming the key when no connection string is set.</summary>
    public AgencyJobQueue(IOptions<StorageOptions> storage, IOptions<LocalHostOptions> options)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(options);
        var connection = storage.Value.ConnectionString;
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new InvalidOperationException($"The agency queue needs {StorageOptions.SectionName}:ConnectionString (Azurite: UseDevelopmentStorage=true).");
        }

        var clientOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        _queue = new QueueClient(connection, options.Value.AgencyQueueName, clientOptions);
        _poison = new QueueClient(connection, PoisonName(options.Value.AgencyQueueName), clientOptions);
    }

    /// <summary>The queue's name.</summary>
    public string Name => _queue.Name;

    /// <summary>The poison queue's name.</summary>
    public string PoisonQueueName => _poison.Name;

    /// <summary>The poison queue of <paramref name="queueName"/>.</summary>
    public static string PoisonName(string queueName) => queueName + "-poison";

    /// <summary>Creates both queues if they do not exist.</summary>
    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await _poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Enqueues a job request (JSON text) and returns the message id and the run id the intake rules derive from it, so
    /// the caller knows the job orchestration's instance id before it starts.
    /// </summary>
    public async Task<(string MessageId, string RunId)> SendAsync(string requestJson, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestJson);
        await CreateIfNotExistsAsync(cancellationToken);
        var receipt = await _queue.SendMessageAsync(requestJson, cancellationToken);
        return (receipt.Value.MessageId, RunIds.FromTrigger(JobRejection.QueueTrigger, receipt.Value.MessageId));
    }

    /// <summary>Receives up to <paramref name="count"/> messages, hidden from other receivers for <paramref name="visibility"/>.</summary>
    public async Task<QueueMessage[]> ReceiveAsync(int count, TimeSpan visibility, CancellationToken cancellationToken = default) =>
        (await _queue.ReceiveMessagesAsync(count, visibility, cancellationToken)).Value;

    /// <summary>Deletes a handled message.</summary>
    public Task DeleteAsync(QueueMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return _queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
    }

    /// <summary>Copies the message's body to the poison queue, then deletes it from the queue.</summary>
    public async Task MoveToPoisonAsync(QueueMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await _poison.SendMessageAsync(message.Body, cancellationToken: cancellationToken);
        await DeleteAsync(message, cancellationToken);
    }

    /// <summary>Peeks at up to <paramref name="count"/> messages of the poison queue without receiving them.</summary>
    public async Task<PeekedMessage[]> PeekPoisonAsync(int count, CancellationToken cancellationToken = default) =>
        (await _poison.PeekMessagesAsync(count, cancellationToken)).Value;
}
