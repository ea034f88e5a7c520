using AliaBatch.Transport.StorageQueues;
using Azure.Identity;
using Azure.Messaging.ServiceBus;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;

namespace AliaBatch.Transport;

/// <summary>Builds the durable transports from their options, with the clients set up the way the transports need.</summary>
public static class BatchTransports
{
    /// <summary>
    /// The Storage queue transport over <see cref="StorageQueueTransportOptions.QueueName"/> and its <c>-poison</c> queue,
    /// with base64 bodies; a message that is not base64 goes to the poison queue. Throws
    /// <see cref="InvalidOperationException"/> naming the keys when no account is configured.
    /// </summary>
    public static StorageQueueBatchTransport CreateStorageQueue(
        StorageQueueTransportOptions queue,
        TransportOptions transport,
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(transport);
        StorageQueueBatchTransport? created = null;
        var clientOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        clientOptions.MessageDecodingFailed += args =>
            args.ReceivedMessage is { } undecodable && created is not null
                ? created.SetAsideUndecodableAsync(undecodable, args.CancellationToken)
                : Task.CompletedTask;

        var service = !string.IsNullOrWhiteSpace(queue.ConnectionString)
            ? new QueueServiceClient(queue.ConnectionString, clientOptions)
            : queue.AccountUrl is not null
                ? new QueueServiceClient(queue.AccountUrl, new DefaultAzureCredential(), clientOptions)
                : throw new InvalidOperationException(
                    $"The Storage queue transport is not configured: set {StorageQueueTransportOptions.SectionName}:ConnectionString or " +
                    $"{StorageQueueTransportOptions.SectionName}:AccountUrl (or AliaBatch:Storage:ConnectionString or AliaBatch:Storage:QueueAccountUrl).");

        created = new StorageQueueBatchTransport(
            service.GetQueueClient(queue.QueueName),
            service.GetQueueClient(queue.QueueName + "-poison"),
            transport,
            queue.MaxPollInterval,
            timeProvider,
            loggerFactory?.CreateLogger<StorageQueueBatchTransport>());
        return created;
    }

    /// <summary>
    /// A Service Bus client: from the connection string when one is set, otherwise for the namespace with
    /// <c>DefaultAzureCredential</c>. Throws <see cref="InvalidOperationException"/> naming the keys when neither is set.
    /// </summary>
    public static ServiceBusClient CreateServiceBusClient(ServiceBusTransportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new ServiceBusClient(options.ConnectionString);
        }

        return !string.IsNullOrWhiteSpace(options.FullyQualifiedNamespace)
            ? new ServiceBusClient(options.FullyQualifiedNamespace, new DefaultAzureCredential())
            : throw new InvalidOperationException(
                $"Service Bus is not configured: set {ServiceBusTransportOptions.SectionName}:FullyQualifiedNamespace (managed identity) or {ServiceBusTransportOptions.SectionName}:ConnectionString.");
    }

    /// <summary>Receiver options for batches: peek-lock, and no prefetch so that waiting batches stay countable and unlocked.</summary>
    public static ServiceBusReceiverOptions ReceiverOptions() =>
        new() { ReceiveMode = ServiceBusReceiveMode.PeekLock, PrefetchCount = 0 };
}
