using AliaBatch.Orchestration;
using AliaBatch.Orchestration.Dispatch;
using AliaBatch.Pipeline;
using AliaBatch.Transport;
using DurableTask.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AliaBatch.Hosting.Embedded;

public sealed partial class EmbeddedJobHost
{
    private async Task<Backend> StartAsync(CancellationToken cancellationToken)
    {
        if (_backend is { } started)
        {
            return started;
        }

        await _start.WaitAsync(cancellationToken);
        try
        {
            _backend ??= await Backend.StartAsync(services, loggerFactory, cancellationToken);
            _logger.BackendStarted(_backend.Address);
            return _backend;
        }
        finally
        {
            _start.Release();
        }
    }

    /// <summary>
    /// The in-memory Durable Task backend behind the package's public <see cref="TaskHubGrpcServer"/> sidecar (Kestrel
    /// on a free loopback port), and a worker and client connected to it. The worker's activities are created from the
    /// application's container, so they use its pipeline and stores.
    /// </summary>
    private sealed class Backend(
        WebApplication sidecar, IHost worker, GrpcChannel channel, HistoryMeter meter, SemaphoreSlim activitySlots, string address, ConsumerPool? consumers)
        : IAsyncDisposable
    {
        private const int DispatchLimit = 256;

        // Activities at the worker per running one: the next is sent, and its input read, while the slot is still busy.
        private const int SentPerSlot = 2;

        public DurableTaskClient Client { get; } = worker.Services.GetRequiredService<DurableTaskClient>();

        public HistoryMeter Meter => meter;

        public string Address => address;

        public static async Task<Backend> StartAsync(IServiceProvider appServices, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
        {
            var parallelism = appServices.GetRequiredService<IOptions<PipelineOptions>>().Value.MaxParallelDocuments;
            // Batches are CPU-bound: run as many activities at once as the pipeline runs documents (the worker's slots),
            // and have the sidecar send a few more so a freed slot never waits for the next dispatch.
            var activitySlots = new SemaphoreSlim(parallelism, parallelism);
            var meter = new HistoryMeter(new InMemoryOrchestrationService(loggerFactory), DispatchLimit, SentPerSlot * parallelism);
            var sidecar = await SidecarHosting.StartSidecarAsync(meter, (IOrchestrationServiceClient)meter.Inner, loggerFactory, cancellationToken);
            var address = SidecarHosting.AddressOf(sidecar);
            var channel = GrpcChannel.ForAddress(address);
            var worker = await SidecarHosting.StartWorkerAsync(channel, appServices, parallelism, activitySlots, loggerFactory, cancellationToken);
            return new Backend(sidecar, worker, channel, meter, activitySlots, address, StartConsumers(appServices, parallelism));
        }

        public async ValueTask DisposeAsync()
        {
            if (consumers is not null)
            {
                await consumers.DisposeAsync();
            }

            await worker.StopAsync(CancellationToken.None);
            worker.Dispose();
            await channel.ShutdownAsync();
            channel.Dispose();
            await sidecar.StopAsync(CancellationToken.None);
            await sidecar.DisposeAsync();
            meter.Dispose();
            activitySlots.Dispose();
        }

        /// <summary>In transport dispatch mode, the consumer loops that process what the orchestrations dispatch; otherwise none.</summary>
        private static ConsumerPool? StartConsumers(IServiceProvider appServices, int parallelism)
        {
            if (appServices.GetRequiredService<IOptions<OrchestrationOptions>>().Value.Dispatch != BatchDispatch.Transport)
            {
                return null;
            }

            var count = appServices.GetRequiredService<IOptions<EmbeddedHostOptions>>().Value.BatchConsumers ?? parallelism;
            return count == 0
                ? null
                : new ConsumerPool(appServices.GetRequiredService<BatchConsumer>(), appServices.GetRequiredService<IBatchReceiver>(), count);
        }
    }
}
