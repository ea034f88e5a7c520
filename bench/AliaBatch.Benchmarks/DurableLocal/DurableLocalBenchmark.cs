using System.Diagnostics;
using System.Globalization;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using AliaBatch.Hosting.Embedded;
using AliaBatch.Hosting.Local;
using AliaBatch.Orchestration.Intake;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Pipeline;
using AliaBatch.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AliaBatch.Benchmarks.DurableLocal;

/// <summary>
/// The same job (N small Spanish documents in an Azurite container, one-sentence extractive summary, no model) through
/// the durable local host — what <c>aliabatch serve</c> runs: Azure Storage backend, task hub on Azurite — and through
/// the embedded host reading and writing the same kind of containers, so the figure isolates the durable backend.
/// </summary>
internal static class DurableLocalBenchmark
{
    public static async Task WriteDocumentsAsync(StorageOptions storage, string container, int documents, CancellationToken cancellationToken)
    {
        var source = ObjectStores.ForContainer(storage, container);
        await Parallel.ForAsync(0, documents, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (i, token) =>
            await source.WriteTextAsync(
                string.Create(CultureInfo.InvariantCulture, $"d{i:D6}.txt"),
                string.Create(CultureInfo.InvariantCulture, $"Expediente {i}. El Ayuntamiento informa de que el plazo para pagar el impuesto termina el 30 de noviembre."),
                cancellationToken: token));
    }

    public static async Task<DurableLocalMeasurement> RunAsync(string method, StorageOptions storage, string sourceContainer, int documents, int run, CancellationToken cancellationToken)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"bench{method.Replace("-", "", StringComparison.Ordinal)}{run}{Guid.NewGuid().ToString("N")[..6]}");
        var request = new JobRequest
        {
            JobId = name,
            Source = new JobSource { Kind = SourceKind.Blob, Container = sourceContainer },
            Tasks = new JobTasks { Summarize = new SummarizeTask { MaxSentences = 1 } },
        };
        var results = ObjectStores.ForContainer(storage, name);
        using var host = BuildHost(method, storage, name);
        await host.StartAsync(cancellationToken);
        try
        {
            var clock = Stopwatch.StartNew();
            if (method == DurableLocalMethods.DurableLocal)
            {
                var client = await host.Services.GetRequiredService<LocalJobHost>().GetClientAsync(cancellationToken);
                var start = await host.Services.GetRequiredService<JobStarter>().StartAsync(client, request, StoreReference.Blob(name), "r1", "bench", cancellationToken);
                var state = await client.WaitForInstanceCompletionAsync(start.InstanceId, cancellationToken);
                if (state.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
                {
                    throw new InvalidOperationException($"The durable local job ended {state.RuntimeStatus}.");
                }
            }
            else
            {
                await host.Services.GetRequiredService<EmbeddedJobHost>().RunAsync(
                    JobRequestValidator.Validate(request), ObjectStores.ForContainer(storage, sourceContainer), results, cancellationToken: cancellationToken);
            }

            var seconds = clock.Elapsed.TotalSeconds;
            var manifest = await results.ReadJsonOrDefaultAsync<JobManifest>(ResultLayout.Manifest(name), cancellationToken);
            if (manifest?.Counts.Succeeded != documents)
            {
                throw new InvalidOperationException($"The {method} job succeeded on {manifest?.Counts.Succeeded ?? 0} of {documents} documents.");
            }

            var parallel = host.Services.GetRequiredService<IOptions<PipelineOptions>>().Value.MaxParallelDocuments;
            return new DurableLocalMeasurement(method, documents, seconds, parallel);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static IHost BuildHost(string method, StorageOptions storage, string taskHub)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AliaBatch:Storage:ConnectionString"] = storage.ConnectionString,
            ["AliaBatch:LocalHost:TaskHubName"] = taskHub,
            ["AliaBatch:LocalHost:WatchIncoming"] = "false",
            ["AliaBatch:LocalHost:WatchAgencyQueue"] = "false",
        });
        builder.Configuration.AddEnvironmentVariables();
        builder.Services.AddLogging();
        builder.Services.AddAliaBatchPipeline();
        if (method == DurableLocalMethods.DurableLocal)
        {
            builder.Services.AddAliaBatchLocalHost();
        }
        else
        {
            builder.Services.AddAliaBatchEmbeddedHost();
        }

        return builder.Build();
    }
}
