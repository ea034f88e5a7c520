using AliaBatch.Orchestration;
using AliaBatch.Orchestration.Dispatch;
using AliaBatch.Pipeline;
using AliaBatch.Transport;
using DurableTask.Core;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.Extensions.DependencyInjection;
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
            _logger.BackendStarted();
            return _backend;
        }
        finally
        {
            _start.Release();
        }
    }

    /// <summary>
    /// The in-memory Durable Task backend with a Durable Task Core worker and a client straight over it, all in this
    /// process (<see cref="CoreWorkerHosting"/>). The worker's activities are created from the application's container,
    /// so they use its pipeline and stores.
    /// </summary>
    private sealed class Backend(TaskHubWorker worker, HistoryMeter meter, SemaphoreSlim activitySlots, ConsumerPool? consumers)
        : IAsyncDisposable
    {
        // Orchestration work items are short replays; the limit only keeps a runaway fan-out in check.
        private const int OrchestrationLimit = 256;

        // Activities taken from the backend per running one: the next one's input is read while the slot is still busy.
        private const int SentPerSlot = 2;

        public DurableTaskClient Client { get; } = new CoreDurableTaskClient((IOrchestrationServiceClient)meter.Inner);

        public HistoryMeter Meter => meter;

        public static async Task<Backend> StartAsync(IServiceProvider appServices, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Measured at 1,000 documents, 6 runs each: the first batch done at 0.25-0.32 s against 0.26-0.36 s with the
            // payload metadata alone, which took it from 0.31-0.33 s to 0.27-0.31 s.
            _ = BackendWarmup.Start(CoreWorkerHosting.ConverterOptions, appServices);
            var parallelism = appServices.GetRequiredService<IOptions<PipelineOptions>>().Value.MaxParallelDocuments;
            // Batches are CPU-bound: run as many activities at once as the pipeline runs documents (the worker's slots),
            // and take a few more from the backend so a freed slot never waits for the next one.
            var activitySlots = new SemaphoreSlim(parallelism, parallelism);
            var meter = new HistoryMeter(new InMemoryOrchestrationService(loggerFactory), OrchestrationLimit, SentPerSlot * parallelism);
            var worker = await CoreWorkerHosting.StartWorkerAsync(meter, appServices, activitySlots, loggerFactory);
            return new Backend(worker, meter, activitySlots, StartConsumers(appServices, parallelism));
        }

        public async ValueTask DisposeAsync()
        {
            if (consumers is not null)
            {
                await consumers.DisposeAsync();
            }

            await worker.StopAsync(isForced: true);
            worker.Dispose();
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
