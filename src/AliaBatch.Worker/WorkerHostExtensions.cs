using AliaBatch.Inference.Packs;
using AliaBatch.Inference.Sessions;
using AliaBatch.Orchestration;
using AliaBatch.Orchestration.Dispatch;
using AliaBatch.Pipeline;
using AliaBatch.Pipeline.Generation;
using AliaBatch.Storage;
using AliaBatch.Transport;
using AliaBatch.Worker.Consuming;
using AliaBatch.Worker.Health;
using AliaBatch.Worker.Models;
using AliaBatch.Worker.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AliaBatch.Worker;

/// <summary>The worker's composition root.</summary>
public static class WorkerHostExtensions
{
    /// <summary>
    /// Adds the GPU worker: its options (validated at start), the pipeline, the transport, model pulling and warm-up,
    /// health checks, metrics and the receive loops, with Kestrel on <see cref="WorkerOptions.HealthPort"/>.
    /// </summary>
    public static WebApplicationBuilder AddAliaBatchWorker(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<WorkerOptions>().BindConfiguration(WorkerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ModelSourceOptions>().BindConfiguration(ModelSourceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName);
        services.AddOptions<ModelsOptions>().PostConfigure<IOptions<WorkerOptions>>(UseCachedPacks);
        services.AddOptions<HostOptions>().Configure<IOptions<WorkerOptions>>((host, worker) => host.ShutdownTimeout = worker.Value.ShutdownTimeout);
        services.AddAliaBatchPipeline();
        services.AddAliaBatchOrchestration();
        services.AddAliaBatchTransport();

        services.TryAddSingleton(CreatePackSource);
        services.TryAddSingleton(sp => new ModelPackCache(
            sp.GetRequiredService<IOptions<WorkerOptions>>().Value.ModelCacheDirectory, sp.GetService<ILogger<ModelPackCache>>()));
        services.TryAddSingleton<ModelPreparation>();
        services.TryAddSingleton<WorkerHealth>();
        services.TryAddSingleton<BatchConsumer>();
        services.TryAddSingleton<ReceiveLoop>();
        services.TryAddSingleton(CreateMetrics);
        services.AddWorkerTelemetry(builder.Configuration);
        services.AddHealthChecks()
            .AddCheck<LivenessHealthCheck>("worker", tags: [HealthEndpoints.LiveTag])
            .AddCheck<ReadinessHealthCheck>("models", tags: [HealthEndpoints.ReadyTag]);
        services.AddHostedService<WorkerService>();

        var port = builder.Configuration.GetValue($"{WorkerOptions.SectionName}:{nameof(WorkerOptions.HealthPort)}", 8080);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenAnyIP(port));
        return builder;
    }

    private static void UseCachedPacks(ModelsOptions models, IOptions<WorkerOptions> worker)
    {
        var cache = worker.Value.ModelCacheDirectory;
        models.Directory ??= cache;
        if (models.Translation is null && worker.Value.TranslationPack is { Length: > 0 } translation)
        {
            models.Translation = Path.Combine(cache, translation);
        }

        if (models.Summarization is null && worker.Value.SummarizationPack is { Length: > 0 } summarization)
        {
            models.Summarization = Path.Combine(cache, summarization);
        }
    }

    private static ModelPackStore CreatePackSource(IServiceProvider services)
    {
        var source = services.GetRequiredService<IOptions<ModelSourceOptions>>().Value;
        return source.SourceFolder is { Length: > 0 } folder
            ? new ModelPackStore(ObjectStores.ForFolder(folder), string.Empty)
            : new ModelPackStore(ObjectStores.ForContainer(services.GetRequiredService<IOptions<StorageOptions>>().Value, source.Container), source.Root);
    }

    private static WorkerMetrics CreateMetrics(IServiceProvider services)
    {
        var inference = services.GetRequiredService<IOptions<InferenceOptions>>().Value;
        GpuMemoryProbe? gpu = null;
        string? reason = "the execution provider is Cpu";
        if (inference.ExecutionProvider != ExecutionProviderKind.Cpu)
        {
            gpu = GpuMemoryProbe.TryOpen(inference.DeviceId, out reason);
        }

        if (gpu is null)
        {
            var logger = services.GetRequiredService<ILogger<WorkerMetrics>>();
            Log.GpuMetricUnavailable(logger, reason ?? "unknown");
        }

        return new WorkerMetrics(services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), gpu);
    }
}
