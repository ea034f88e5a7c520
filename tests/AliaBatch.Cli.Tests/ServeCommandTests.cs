using System.Globalization;
using System.Text.Json;
using AliaBatch.Core.Results;
using AliaBatch.Core.Serialization;
using AliaBatch.Core.Storage;
using AliaBatch.Storage;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Cli.Tests;

public sealed class ServeCommandTests(AzuriteFixture azurite) : IDisposable
{
    private const int Documents = 120;
    private const string JobId = "crash";

    private static readonly TimeSpan s_hangGuard = TimeSpan.FromMinutes(4);

    private readonly TemporaryFolder _work = new("serve");
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private StorageOptions Storage => new() { ConnectionString = azurite.ConnectionString };

    private string Incoming => $"in-{_suffix}";

    private string Results => $"out-{_suffix}";

    [Fact]
    public async Task Serve_KilledMidJobAndRestarted_CompletesWithExactlyOneResultPerDocument()
    {
        await DropFolderAsync();
        var results = ObjectStores.ForContainer(Storage, Results);

        int beforeKill;
        using (var first = StartServe(Environment()))
        {
            beforeKill = await WaitForSomeResultsAsync(first, results);
            first.Kill();
        }

        JobManifest manifest;
        using (var second = StartServe(Environment()))
        {
            manifest = await WaitForManifestAsync(second, results);
        }

        Assert.InRange(beforeKill, 1, Documents - 1);
        Assert.Equal(JobStatus.Succeeded, manifest.Status);
        // A batch cut short by the kill reuses the results it had committed: those documents count as skipped.
        Assert.Equal((Documents, Documents, 0, 0), (manifest.Counts.Total, manifest.Counts.Succeeded + manifest.Counts.Skipped, manifest.Counts.Failed, manifest.Counts.Cancelled));
        Assert.Equal(ExpectedDocuments().Select(d => $"{JobId}/{d}.json").Order(StringComparer.Ordinal), await ResultFilesAsync(results));
        var index = (await results.ReadTextAsync($"{JobId}/index.jsonl", Token)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var indexed = index.Select(l => JsonSerializer.Deserialize<IndexLine>(l, AliaBatchJson.Compact)!).ToList();
        Assert.Equal(ExpectedDocuments().Order(StringComparer.Ordinal), indexed.Select(l => l.Document).Order(StringComparer.Ordinal));
        Assert.All(indexed, l => Assert.Contains(l.Status, new[] { DocumentStatus.Succeeded, DocumentStatus.Skipped }));
    }

    [Fact]
    public async Task Serve_TransportDispatchToASeparateWorker_WorkerProcessesEveryBatchAndTheJobCompletes()
    {
        // Arrange: serve dispatches batches to an Azurite queue instead of processing them; a worker process consumes it.
        await DropFolderAsync();
        var results = ObjectStores.ForContainer(Storage, Results);
        var queue = $"batches-{_suffix}";
        var serveSettings = new Dictionary<string, string>(Environment(), StringComparer.Ordinal)
        {
            ["AliaBatch__Orchestration__Dispatch"] = "Transport",
            ["AliaBatch__Orchestration__PollInterval"] = "00:00:00.500",
            ["AliaBatch__Orchestration__MaxDocumentsPerBatch"] = "10",
            ["AliaBatch__Orchestration__MaxConcurrentGroups"] = "2",
            ["AliaBatch__Transport__Kind"] = "StorageQueue",
            ["AliaBatch__StorageQueue__QueueName"] = queue,
        };
        var workerSettings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AliaBatch__Storage__ConnectionString"] = azurite.ConnectionString,
            ["AliaBatch__Transport__Kind"] = "StorageQueue",
            ["AliaBatch__StorageQueue__QueueName"] = queue,
            ["AliaBatch__StorageQueue__MaxPollInterval"] = "00:00:00.200",
            ["AliaBatch__Worker__ReceiveWaitTime"] = "00:00:00.500",
            ["AliaBatch__Worker__ModelCacheDirectory"] = _work.Combine("cache"),
            ["AliaBatch__Inference__ExecutionProvider"] = "Cpu",
        };

        // Act
        using var serve = StartServe(serveSettings);
        using var worker = AppProcess.StartWorker(_work.Path, workerSettings);
        var manifest = await WaitForManifestAsync(serve, results);

        // Assert: every document has its one result, and the batches were done by the worker: 12 batches of 10.
        Assert.Equal(JobStatus.Succeeded, manifest.Status);
        Assert.Equal((Documents, Documents, 0), (manifest.Counts.Total, manifest.Counts.Succeeded, manifest.Counts.Failed));
        Assert.Equal(ExpectedDocuments().Select(d => $"{JobId}/{d}.json").Order(StringComparer.Ordinal), await ResultFilesAsync(results));
        var completed = worker.Output.Split('\n').Count(l => l.Contains(": completed, 10 document(s)", StringComparison.Ordinal));
        Assert.True(completed == Documents / 10, $"The worker completed {completed} batches, not {Documents / 10}:\n{worker.Output}\nServe:\n{serve.Output}");
    }

    public void Dispose() => _work.Dispose();

    private static IEnumerable<string> ExpectedDocuments() =>
        Enumerable.Range(0, Documents).Select(i => $"doc{i.ToString("D3", CultureInfo.InvariantCulture)}.txt");

    private Dictionary<string, string> Environment() => new(StringComparer.Ordinal)
    {
        ["AliaBatch__Storage__ConnectionString"] = azurite.ConnectionString,
        ["AliaBatch__LocalHost__TaskHubName"] = "crash" + _suffix,
        ["AliaBatch__LocalHost__WatchAgencyQueue"] = "false",
        ["AliaBatch__LocalHost__PollInterval"] = "00:00:00.500",
        // Work the killed host had taken becomes visible to the restarted one after this.
        ["AliaBatch__LocalHost__MessageVisibilityTimeout"] = "00:00:10",
        ["AliaBatch__Intake__IncomingContainer"] = Incoming,
        ["AliaBatch__Intake__ResultsContainer"] = Results,
        // Small batches, one at a time: the job is many steps long, so the kill lands mid-job.
        ["AliaBatch__Orchestration__MaxDocumentsPerBatch"] = "2",
        ["AliaBatch__Orchestration__BatchesPerGroup"] = "5",
        ["AliaBatch__Orchestration__MaxConcurrentGroups"] = "1",
        ["AliaBatch__Pipeline__MaxParallelDocuments"] = "1",
    };

    /// <summary>A folder drop: the documents first, its _job.json last (which is what starts it).</summary>
    private async Task DropFolderAsync()
    {
        var incoming = ObjectStores.ForContainer(Storage, Incoming);
        var n = 0;
        foreach (var document in ExpectedDocuments())
        {
            var text = n++ % 2 == 0
                ? $"El Ayuntamiento informa de que el plazo número {n} para pagar el impuesto termina el 30 de noviembre. Los recibos domiciliados se cargarán el día 5."
                : $"L'Ajuntament informa que el termini número {n} per pagar l'impost acaba el 30 de novembre. Els rebuts domiciliats es carregaran el dia 5.";
            await incoming.WriteTextAsync($"agency1/drop1/{document}", text, cancellationToken: Token);
        }

        await incoming.WriteTextAsync("agency1/drop1/_job.json", """{"jobId":"JOB","tasks":{"summarize":{"mode":"extractive"}}}""".Replace("JOB", JobId, StringComparison.Ordinal), cancellationToken: Token);
    }

    private AppProcess StartServe(IReadOnlyDictionary<string, string> settings) => AppProcess.Start("aliabatch.dll", ["serve"], _work.Path, settings);

    private static async Task<List<string>> ResultFilesAsync(IObjectStore results)
    {
        var files = new List<string>();
        await foreach (var info in results.ListAsync(JobId + "/", Token))
        {
            if (info.Path.EndsWith(".txt.json", StringComparison.Ordinal))
            {
                files.Add(info.Path);
            }
        }

        return [.. files.Order(StringComparer.Ordinal)];
    }

    private static async Task<int> WaitForSomeResultsAsync(AppProcess serve, IObjectStore results)
    {
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(Token);
        guard.CancelAfter(s_hangGuard);
        while (!guard.IsCancellationRequested)
        {
            Assert.False(serve.HasExited, serve.Output);
            var done = 0;
            await foreach (var info in results.ListAsync(JobId + "/", CancellationToken.None))
            {
                Assert.False(info.Path == $"{JobId}/{JobManifest.FileName}", "The job finished before the host could be killed:\n" + serve.Output);
                done += info.Path.EndsWith(".txt.json", StringComparison.Ordinal) ? 1 : 0;
            }

            if (done >= 10)
            {
                return done;
            }

            await Task.Delay(100, CancellationToken.None);
        }

        Token.ThrowIfCancellationRequested();
        Assert.Fail("No results appeared:\n" + serve.Output);
        return 0;
    }

    private static async Task<JobManifest> WaitForManifestAsync(AppProcess serve, IObjectStore results)
    {
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(Token);
        guard.CancelAfter(s_hangGuard);
        try
        {
            while (true)
            {
                Assert.False(serve.HasExited, serve.Output);
                if (await results.ReadJsonOrDefaultAsync<JobManifest>($"{JobId}/{JobManifest.FileName}", guard.Token) is { } manifest)
                {
                    return manifest;
                }

                await Task.Delay(250, guard.Token);
            }
        }
        catch (OperationCanceledException) when (!Token.IsCancellationRequested)
        {
            Assert.Fail("The restarted host did not finish the job:\n" + serve.Output);
            throw;
        }
    }
}
