using AliaBatch.Core.Jobs;
using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Dispatch;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Pipeline;
using AliaBatch.Pipeline.Tasks;
using AliaBatch.Storage;
using AliaBatch.Testing;
using AliaBatch.Transport;
using AliaBatch.Transport.InProcess;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AliaBatch.Orchestration.Tests.Dispatch;

/// <summary>
/// A real container (pipeline, orchestration services, <see cref="GateTask"/> and <see cref="TokenTask"/>), source and
/// results folders, and an in-process queue: what the processor and consumer tests need.
/// </summary>
internal sealed class DispatchFixture : IAsyncDisposable
{
    public const string Spanish = "El Ayuntamiento informa de que el plazo para pagar el impuesto termina el 30 de noviembre. Los recibos domiciliados se cargarán en la cuenta el día 5.";

    private readonly TemporaryFolder _input = new("dispatch-input");
    private readonly TemporaryFolder _output = new("dispatch-output");
    private readonly ServiceProvider _services;

    public DispatchFixture(int maxDeliveryCount = 3)
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(Gate);
        services.AddSingleton<IDocumentTask>(Gate);
        services.AddSingleton<IDocumentTask, TokenTask>();
        services.AddAliaBatchPipeline();
        services.AddAliaBatchOrchestration();
        _services = services.BuildServiceProvider();
        Queue = new InProcessBatchQueue(new TransportOptions { MaxDeliveryCount = maxDeliveryCount, LockDuration = TimeSpan.FromMinutes(1) });
    }

    public GateTask Gate { get; } = new();

    public InProcessBatchQueue Queue { get; }

    public BatchProcessor Processor => _services.GetRequiredService<BatchProcessor>();

    public BatchConsumer Consumer => _services.GetRequiredService<BatchConsumer>();

    public ObjectStoreResolver Resolver => _services.GetRequiredService<ObjectStoreResolver>();

    public FileSystemObjectStore Source => new(_input.Path);

    public FileSystemObjectStore Results => new(_output.Path);

    public BatchJob Job(string runId = "run-1") => new(
        "job-1",
        runId,
        new JobTasks { Summarize = new SummarizeTask { MaxSentences = 1 } },
        OverwritePolicy.Skip,
        StoreReference.Local(_input.Path),
        StoreReference.Local(_output.Path));

    /// <summary>Writes the documents and returns a batch of them.</summary>
    public async Task<BatchPlan> BatchAsync(string batchId, params string[] documents)
    {
        var infos = new List<ObjectInfo>();
        foreach (var document in documents)
        {
            _input.WriteFile(document, Spanish + " " + document);
            infos.Add((await Source.GetInfoAsync(document))!);
        }

        return new BatchPlan(batchId, infos);
    }

    /// <summary>Plans a batch in storage and sends its first attempt (on the in-process queue unless another sender is given).</summary>
    public async Task<InferenceBatchMessage> DispatchAsync(BatchJob job, BatchPlan batch, IBatchSender? sender = null)
    {
        var plan = new ProcessBatchInput(job, batch);
        await BatchPlans.WriteAsync(Results, plan);
        var message = BatchPlans.CreateMessage(plan, 1, DateTimeOffset.UtcNow.AddMinutes(30));
        await (sender ?? Queue).SendAsync(message);
        return message;
    }

    public Task<BatchManifest?> ManifestAsync(BatchJob job, string batchId) =>
        Results.ReadJsonOrDefaultAsync<BatchManifest>(BatchLayout.Manifest(job.JobId, job.RunId, batchId));

    public async ValueTask DisposeAsync()
    {
        Gate.Open();
        await _services.DisposeAsync();
        _input.Dispose();
        _output.Dispose();
    }
}
