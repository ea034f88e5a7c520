using AliaBatch.Hosting.Embedded;
using DurableTask.AzureStorage;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AliaBatch.Hosting.Local;

/// <summary>
/// The Durable Task Azure Storage backend behind the package's public <see cref="TaskHubGrpcServer"/> sidecar (Kestrel
/// on a free loopback port), and a gRPC worker and client connected to it: the embedded host's arrangement with durable
/// state. Activities are created from the application's container, so they use its pipeline and stores.
/// </summary>
internal sealed class LocalBackend(WebApplication sidecar, IHost worker, GrpcChannel channel, SemaphoreSlim activitySlots, string address) : IAsyncDisposable
{
    /// <summary>Activity work items the backend hands out per running one, so a freed slot finds the next one waiting.</summary>
    public const int SentPerSlot = 2;

    /// <summary>The client of the task hub.</summary>
    public DurableTaskClient Client { get; } = worker.Services.GetRequiredService<DurableTaskClient>();

    /// <summary>Where the sidecar listens.</summary>
    public string Address => address;

    /// <summary>
    /// Creates the task hub if needed and starts the sidecar, the worker and the client. At most
    /// <paramref name="activityConcurrency"/> activities run at once; <paramref name="settings"/> should let the backend
    /// hand out <see cref="SentPerSlot"/> times as many work items (the gRPC worker runs every one it is sent).
    /// </summary>
    public static async Task<LocalBackend> StartAsync(
        AzureStorageOrchestrationServiceSettings settings,
        int activityConcurrency,
        IServiceProvider appServices,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var service = new AzureStorageOrchestrationService(settings);
        await service.CreateIfNotExistsAsync();
        var sidecar = await SidecarHosting.StartSidecarAsync(new PlainHistoryService(service), service, loggerFactory, cancellationToken);
        var address = SidecarHosting.AddressOf(sidecar);
        var channel = GrpcChannel.ForAddress(address);
        var activitySlots = new SemaphoreSlim(activityConcurrency, activityConcurrency);
        var worker = await SidecarHosting.StartWorkerAsync(channel, appServices, activityConcurrency, activitySlots, loggerFactory, cancellationToken);
        return new LocalBackend(sidecar, worker, channel, activitySlots, address);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await worker.StopAsync(CancellationToken.None);
        worker.Dispose();
        await channel.ShutdownAsync();
        channel.Dispose();

        // Not sidecar.StopAsync: its stopping event stops the Azure Storage service from a thread-pool callback, and
        // when the sidecar's own start of that service (also fire-and-forget) has not finished, the service throws
        // NullReferenceException there and takes the process down. Disposing closes Kestrel without that event; the
        // service's partition leases then expire on their own.
        await sidecar.DisposeAsync();
        activitySlots.Dispose();
    }
}
