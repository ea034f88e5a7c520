using AliaBatch.Pipeline;
using AliaBatch.Storage;
using DurableTask.AzureStorage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AliaBatch.Hosting.Local;

/// <summary>
/// The durable local host's backend as a hosted service: on start it creates the task hub on the configured storage
/// account (Azurite) if needed and runs the AliaBatch orchestrations on it through the Durable Task Azure Storage
/// backend; on stop it lets running work items finish their current step. Orchestration state lives in the account, so
/// a host killed mid-job and started again on the same task hub carries on where it stopped.
/// </summary>
public sealed class LocalJobHost(
    IServiceProvider services,
    IOptions<LocalHostOptions> options,
    IOptions<StorageOptions> storage,
    IOptions<PipelineOptions> pipeline,
    ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    private readonly TaskCompletionSource<DurableTaskClient> _client = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ILogger _logger = loggerFactory.CreateLogger<LocalJobHost>();
    private LocalBackend? _backend;

    /// <summary>The task hub's client, once the host has started.</summary>
    public Task<DurableTaskClient> GetClientAsync(CancellationToken cancellationToken = default) => _client.Task.WaitAsync(cancellationToken);

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var connection = storage.Value.ConnectionString
            ?? throw new InvalidOperationException("The durable local host needs AliaBatch:Storage:ConnectionString (Azurite: UseDevelopmentStorage=true).");
        var service = new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = settings.TaskHubName,
            StorageAccountClientProvider = new StorageAccountClientProvider(connection),
            PartitionCount = settings.PartitionCount,
            ControlQueueVisibilityTimeout = settings.MessageVisibilityTimeout,
            WorkItemQueueVisibilityTimeout = settings.MessageVisibilityTimeout,
            MaxQueuePollingInterval = settings.MaxQueuePollingInterval,
            // Batches are CPU- or GPU-bound: the worker runs as many at once as the pipeline runs documents, and the
            // backend hands out a few more so a freed slot never waits for the next dispatch.
            MaxConcurrentTaskActivityWorkItems = LocalBackend.SentPerSlot * pipeline.Value.MaxParallelDocuments,
            // Ownership of partitions in a table: a host restarted after a crash takes its partitions back at once.
            UseTablePartitionManagement = true,
            LoggerFactory = loggerFactory,
        };
        _backend = await LocalBackend.StartAsync(service, pipeline.Value.MaxParallelDocuments, services, loggerFactory, cancellationToken);
        _logger.TaskHubStarted(settings.TaskHubName);
        _client.TrySetResult(_backend.Client);
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _client.TrySetCanceled(CancellationToken.None);
        if (_backend is { } backend)
        {
            _backend = null;
            await backend.DisposeAsync();
            _logger.TaskHubStopped(options.Value.TaskHubName);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None);
}
