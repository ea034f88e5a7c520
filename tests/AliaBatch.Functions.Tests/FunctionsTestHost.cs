using AliaBatch.Core.Storage;
using AliaBatch.Orchestration;
using AliaBatch.Orchestration.Evaluation;
using AliaBatch.Orchestration.Orchestrators;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Testing;
using Azure.Storage.Blobs;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace AliaBatch.Functions.Tests;

/// <summary>
/// The Functions app's services on Azurite (fresh incoming and results containers per test) and the in-process Durable
/// backend, whose job and evaluation orchestrators are stand-ins: they set a progress status and wait for the cancel
/// event, so tests see real instances, ids, inputs and custom status without running the pipeline.
/// </summary>
internal sealed class FunctionsTestHost : IAsyncDisposable
{
    private readonly IHost _app;
    private readonly DurableTaskTestHost _durable;

    private FunctionsTestHost(IHost app, DurableTaskTestHost durable, string incoming, string results)
    {
        _app = app;
        _durable = durable;
        IncomingContainer = incoming;
        ResultsContainer = results;
    }

    public static JobProgressStatus Progress { get; } = new(Listed: 4, ListingComplete: true, Done: 1, Succeeded: 1, Failed: 0, Reused: 0, DocumentsPerSecond: 2.5, Eta: TimeSpan.FromSeconds(3), CancelRequested: false);

    public string IncomingContainer { get; }

    public string ResultsContainer { get; }

    public IServiceProvider Services => _app.Services;

    public DurableTaskClient Client => _durable.Client;

    public IObjectStore Incoming => Get<ObjectStoreResolver>().Resolve(StoreReference.Blob(IncomingContainer));

    public IObjectStore Results => Get<ObjectStoreResolver>().Resolve(StoreReference.Blob(ResultsContainer));

    public static async Task<FunctionsTestHost> StartAsync(AzuriteFixture azurite, IDictionary<string, string?>? settings = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (incoming, results) = ($"incoming-{suffix}", $"results-{suffix}");
        var service = new BlobServiceClient(azurite.ConnectionString);
        await service.GetBlobContainerClient(incoming).CreateIfNotExistsAsync();
        await service.GetBlobContainerClient(results).CreateIfNotExistsAsync();

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AliaBatch:Storage:ConnectionString"] = azurite.ConnectionString,
            ["AliaBatch:Intake:IncomingContainer"] = incoming,
            ["AliaBatch:Intake:ResultsContainer"] = results,
            ["AliaBatch:Intake:AllowedSources:0"] = $"{incoming}/",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddLogging();
        builder.Services.AddAliaBatchOrchestration();
        builder.Services.AddTransient<AliaBatch.Functions.Triggers.IncomingBlobTrigger>();
        builder.Services.AddTransient<AliaBatch.Functions.Triggers.AgencyQueueTrigger>();
        builder.Services.AddTransient<AliaBatch.Functions.Triggers.EvaluationTimerTrigger>();
        builder.Services.AddTransient<AliaBatch.Functions.Http.JobsApi>();
        var app = builder.Build();
        var durable = await DurableTaskTestHost.StartAsync(registry => registry
            .AddOrchestratorFunc<JobOrchestrationInput, string>(nameof(JobOrchestrator), WaitForCancelAsync)
            .AddOrchestratorFunc<EvaluationOrchestrationInput, string>(nameof(EvaluationOrchestrator), WaitForCancelAsync),
            new DurableTaskTestHostOptions { Port = LoopbackPorts.Free() });
        return new FunctionsTestHost(app, durable, incoming, results);
    }

    public T Get<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public async Task<OrchestrationMetadata> WaitForStatusAsync(string instanceId, Func<OrchestrationMetadata, bool> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (true)
        {
            var instance = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, timeout.Token);
            if (instance is not null && condition(instance))
            {
                return instance;
            }

            await Task.Delay(20, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _durable.DisposeAsync();
        _app.Dispose();
    }

    private static async Task<string> WaitForCancelAsync<TInput>(TaskOrchestrationContext context, TInput input)
    {
        context.SetCustomStatus(Progress);
        await context.WaitForExternalEvent<bool>(JobEvents.Cancel);
        return "cancelled";
    }
}
