using System.Diagnostics;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using AliaBatch.Hosting.Embedded;
using AliaBatch.Orchestration;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Pipeline;
using AliaBatch.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AliaBatch.Benchmarks.Orchestration;

/// <summary>
/// One measured job in this process: writes N small Spanish documents to a temporary folder, runs the job with cheap
/// processing (extractive one-sentence summary, no model) through one method, and measures wall time and peak memory,
/// and when the first and the last batch finished (<see cref="BatchManifestClock"/>).
/// </summary>
internal static class OrchestrationBenchmark
{
    /// <summary>
    /// Where the runs write by default: <c>/dev/shm</c> (tmpfs) when the machine has it, else the temporary folder. On
    /// disk, each run's creates of ~20,000 files cost whatever the file system's state makes them cost (on these VMs'
    /// ext4 without a journal, every create scans the inodes deleted in the last minutes, and the identical direct loop
    /// measured 4.7 s and 10.9 s in consecutive runs); in memory the shared work is the same every run, so what differs
    /// between the methods is the host.
    /// </summary>
    public static string DefaultWorkDirectory => Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();

    public static async Task<OrchestrationMeasurement> RunAsync(string method, int documents, string workDirectory, CancellationToken cancellationToken)
    {
        var root = Path.Combine(workDirectory, $"aliabatch-bench-orch-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        try
        {
            var input = Path.Combine(root, "input");
            Directory.CreateDirectory(input);
            for (var i = 0; i < documents; i++)
            {
                await File.WriteAllTextAsync(
                    Path.Combine(input, $"d{i:D6}.txt"),
                    $"Expediente {i}. El Ayuntamiento informa de que el plazo para pagar el impuesto termina el 30 de noviembre.",
                    cancellationToken);
            }

            using var host = BuildHost();
            await host.StartAsync(cancellationToken);
            var request = JobRequestValidator.Validate(new JobRequest
            {
                JobId = "bench",
                Source = new JobSource { Kind = SourceKind.Local, Path = input },
                Tasks = new JobTasks { Summarize = new SummarizeTask { MaxSentences = 1 } },
            });
            var source = ObjectStores.ForFolder(input);
            var clock = new Stopwatch();
            var results = new BatchManifestClock(ObjectStores.ForFolder(Path.Combine(root, "results")), clock);
            var cpuBefore = CpuTime();
            var runtimeBefore = RuntimeCosts.Now();
            clock.Start();
            int? largestJob = null, largestGroup = null;
            JobManifest manifest;
            if (method == OrchestrationMethods.Embedded)
            {
                var jobs = host.Services.GetRequiredService<EmbeddedJobHost>();
                manifest = await jobs.RunAsync(request, source, results, cancellationToken: cancellationToken);
                var histories = jobs.LargestHistories;
                largestJob = histories.Where(h => !h.Key.Contains(":group:", StringComparison.Ordinal)).Max(h => h.Value);
                largestGroup = histories.Where(h => h.Key.Contains(":group:", StringComparison.Ordinal)).Select(h => h.Value).DefaultIfEmpty().Max();
            }
            else
            {
                manifest = await RunDirectAsync(host.Services, request, source, results, cancellationToken);
            }

            var seconds = clock.Elapsed.TotalSeconds;
            var cpuSeconds = (CpuTime() - cpuBefore).TotalSeconds;
            var runtime = RuntimeCosts.Now() - runtimeBefore;
            if (manifest.Counts.Succeeded != documents)
            {
                throw new InvalidOperationException($"The {method} job succeeded on {manifest.Counts.Succeeded} of {documents} documents.");
            }

            var batches = results.ManifestSeconds;
            await host.StopAsync(CancellationToken.None);
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            return new OrchestrationMeasurement(
                method, documents, seconds, cpuSeconds, process.PeakWorkingSet64, largestJob, largestGroup,
                runtime.JitMethods, runtime.JitTime.TotalSeconds, runtime.AllocatedBytes, runtime.GcPause.TotalSeconds,
                batches.Count, batches.Count > 0 ? batches[0] : 0, batches.Count > 0 ? batches[^1] : 0);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<JobManifest> RunDirectAsync(IServiceProvider services, JobRequest request, IObjectStore source, IObjectStore results, CancellationToken cancellationToken)
    {
        var stores = services.GetRequiredService<ObjectStoreResolver>();
        var limits = services.GetRequiredService<IOptions<OrchestrationOptions>>().Value.ToLimits();
        var parallelism = services.GetRequiredService<IOptions<PipelineOptions>>().Value.MaxParallelDocuments;
        var job = new BatchJob("bench", "direct", request.Tasks, request.Options.Overwrite, stores.Attach(source), stores.Attach(results));
        var input = new JobOrchestrationInput(job, request, limits, DateTimeOffset.UtcNow, "direct");
        await new DirectJobLoop(services, parallelism).RunAsync(input, cancellationToken);
        return await results.ReadJsonOrDefaultAsync<JobManifest>(ResultLayout.Manifest("bench"), cancellationToken)
            ?? throw new InvalidOperationException("The direct loop wrote no manifest.");
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static IHost BuildHost()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddEnvironmentVariables();
        builder.Services.AddLogging();
        builder.Services.AddAliaBatchPipeline();
        builder.Services.AddAliaBatchEmbeddedHost();
        return builder.Build();
    }
}
