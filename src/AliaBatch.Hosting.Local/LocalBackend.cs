using AliaBatch.Hosting.Embedded;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace AliaBatch.Hosting.Local;

/// <summary>
/// The Durable Task Azure Storage backend with a Durable Task Core worker and a client straight over it in this process
/// (<see cref="CoreWorkerHosting"/>): the embedded host's arrangement with durable state. Activities are created from
/// the application's container, so they use its pipeline and stores.
/// </summary>
internal sealed class LocalBackend(TaskHubWorker worker, SemaphoreSlim activitySlots, DurableTaskClient client) : IAsyncDisposable
{
    /// <summary>Activity work items the backend hands out per running one, so a freed slot finds the next one waiting.</summary>
    public const int SentPerSlot = 2;

    // The backend's own completion wait polls every 2 s; reading the instance this often ends waits sooner.
    private static readonly TimeSpan s_completionPoll = TimeSpan.FromMilliseconds(250);

    /// <summary>The client of the task hub.</summary>
    public DurableTaskClient Client => client;

    /// <summary>
    /// Creates the task hub if needed and starts the worker and the client. At most <paramref name="activityConcurrency"/>
    /// activities run at once; <paramref name="settings"/> should let the backend hand out <see cref="SentPerSlot"/> times
    /// as many work items.
    /// </summary>
    public static async Task<LocalBackend> StartAsync(
        AzureStorageOrchestrationServiceSettings settings,
        int activityConcurrency,
        IServiceProvider appServices,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var service = new AzureStorageOrchestrationService(settings);
        var activitySlots = new SemaphoreSlim(activityConcurrency, activityConcurrency);
        var worker = await CoreWorkerHosting.StartWorkerAsync(service, appServices, activitySlots, loggerFactory);
        return new LocalBackend(worker, activitySlots, new CoreDurableTaskClient(service, s_completionPoll));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // Not forced: the worker waits for the work items in hand and the service gives its partition leases back.
        await worker.StopAsync(isForced: false);
        worker.Dispose();
        activitySlots.Dispose();
    }
}
