using System.Diagnostics.Metrics;
using System.Net;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Languages;
using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using AliaBatch.Inference.Packs;
using AliaBatch.Orchestration;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Pipeline;
using AliaBatch.Storage;
using AliaBatch.Testing;
using AliaBatch.Transport;
using AliaBatch.Worker.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace AliaBatch.Worker.Tests;

public sealed class ReceiveLoopTests(PackFixture packs, AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly TemporaryFolder _work = new("worker-loop");

    [Fact]
    public async Task RunAsync_InProcessBatch_ProcessesItWritesManifestAndRecordsMetrics()
    {
        // Arrange
        using var metrics = new MetricsCollector();
        await using var worker = await InProcessWorker.StartAsync(new Dictionary<string, string?>
        {
            ["AliaBatch:Models:SourceFolder"] = packs.PacksFolder,
            ["AliaBatch:Models:TranslationMaxNewTokens"] = "8",
            ["AliaBatch:Models:TranslationBeams"] = "1",
            ["AliaBatch:Worker:ModelCacheDirectory"] = _work.Combine("cache"),
            ["AliaBatch:Worker:TranslationPack"] = PackFixture.DecoderPackId,
            ["AliaBatch:Worker:ReceiveWaitTime"] = "00:00:00.200",
            ["AliaBatch:Inference:ExecutionProvider"] = "Cpu",
            ["AliaBatch:Transport:Kind"] = "InProcess",
        });
        await worker.WaitForStatusAsync("/readyz", HttpStatusCode.OK);
        var (sourceReference, resultsReference) = (StoreReference.Local(_work.Combine("source")), StoreReference.Local(_work.Combine("results")));
        var results = ObjectStores.ForFolder(resultsReference.Location);
        var tasks = new JobTasks { Translate = new TranslateTask { Targets = [LanguageTag.Catalan] } };
        var message = await BatchFiles.WriteBatchAsync(ObjectStores.ForFolder(sourceReference.Location), sourceReference, results, resultsReference, "job-a", "run-1", tasks, documents: 3);

        // Act
        await worker.Services.GetRequiredService<IBatchSender>().SendAsync(message, TestContext.Current.CancellationToken);
        var manifest = await BatchFiles.WaitForManifestAsync(results, message);

        // Assert: the batch was processed and each document has its result.
        Assert.Equal(3, manifest.Counts.Sources);
        Assert.Equal(3, manifest.Counts.Succeeded);
        foreach (var document in manifest.Documents)
        {
            var result = await results.ReadJsonOrDefaultAsync<DocumentResult>(ResultLayout.Result("job-a", document.Source), TestContext.Current.CancellationToken);
            Assert.Equal(DocumentStatus.Succeeded, result!.Status);
        }

        // Assert: the metrics of this worker's meter. The batch is completed just after its manifest is written.
        var scope = worker.Services.GetRequiredService<IMeterFactory>();
        await WaitUntilAsync(() => metrics.Of("aliabatch.worker.batches", scope).Count > 0);
        var batch = Assert.Single(metrics.Of("aliabatch.worker.batches", scope));
        Assert.Equal("completed", batch.Tags["disposition"]);
        Assert.Equal(3, metrics.Of("aliabatch.worker.documents", scope).Where(m => (string?)m.Tags["status"] == "succeeded").Sum(m => m.Value));
        Assert.True(metrics.Of("aliabatch.worker.tokens", scope).Sum(m => m.Value) > 0);
        Assert.Single(metrics.Of("aliabatch.worker.batch.duration", scope));
        Assert.Single(metrics.Of("aliabatch.worker.queue.wait", scope));
    }

    [Fact]
    public async Task RunAsync_WorkerKilledWhileHoldingABatch_BatchReappearsAndIsRedoneOnceByTheNextWorker()
    {
        // Arrange: packs, documents and the plan in Azurite blobs; the batch message on an Azurite queue whose
        // visibility timeout (the lock) is 3 s, renewed every second while a live worker holds it.
        var ct = TestContext.Current.CancellationToken;
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var storage = new StorageOptions { ConnectionString = azurite.ConnectionString };
        await new ModelPackStore(ObjectStores.ForContainer(storage, $"models-{suffix}")).UploadAsync(packs.Decoder, ct);
        var (sourceReference, resultsReference) = (StoreReference.Blob($"incoming-{suffix}"), StoreReference.Blob($"results-{suffix}"));
        var results = ObjectStores.ForContainer(storage, resultsReference.Location);
        var tasks = new JobTasks { Translate = new TranslateTask { Targets = [LanguageTag.Catalan] } };
        const int Documents = 6;
        var message = await BatchFiles.WriteBatchAsync(ObjectStores.ForContainer(storage, sourceReference.Location), sourceReference, results, resultsReference, "job-k", "run-1", tasks, Documents);
        var transport = new TransportOptions { LockDuration = TimeSpan.FromSeconds(3) };
        var queue = BatchTransports.CreateStorageQueue(new StorageQueueTransportOptions { ConnectionString = azurite.ConnectionString, QueueName = $"batches-{suffix}" }, transport);
        await queue.SendAsync(message, ct);
        var settings = new Dictionary<string, string>
        {
            ["AliaBatch__Storage__ConnectionString"] = azurite.ConnectionString,
            ["AliaBatch__Models__Container"] = $"models-{suffix}",
            ["AliaBatch__Models__TranslationMaxNewTokens"] = "8",
            ["AliaBatch__Models__TranslationBeams"] = "1",
            ["AliaBatch__Transport__Kind"] = "StorageQueue",
            ["AliaBatch__Transport__LockDuration"] = "00:00:03",
            ["AliaBatch__StorageQueue__QueueName"] = $"batches-{suffix}",
            ["AliaBatch__StorageQueue__MaxPollInterval"] = "00:00:00.200",
            ["AliaBatch__Worker__TranslationPack"] = PackFixture.DecoderPackId,
            ["AliaBatch__Worker__ReceiveWaitTime"] = "00:00:00.500",
            ["AliaBatch__Inference__ExecutionProvider"] = "Cpu",
        };

        // Act 1: the first worker takes the batch and holds it; SIGKILL, so nothing is settled or abandoned.
        using (var first = AppProcess.StartWorker(_work.Path, new Dictionary<string, string>(settings)
        {
            ["AliaBatch__Worker__ModelCacheDirectory"] = _work.Combine("cache-1"),
            ["AliaBatch__Worker__HoldAfterReceive"] = "00:10:00",
        }))
        {
            await first.WaitForLineAsync(l => l.Contains($"Holding batch {message.MessageId}", StringComparison.Ordinal), TimeSpan.FromMinutes(2));
            Assert.Contains($"Received batch {message.MessageId} (delivery 1,", first.Output, StringComparison.Ordinal);
            first.Kill();
        }

        Assert.Null(await results.GetInfoAsync(BatchLayout.Manifest(message.JobId, message.RunId, message.BatchId), ct));

        // Act 2: a second worker; the batch becomes visible again once the dead worker's lock runs out.
        using var second = AppProcess.StartWorker(_work.Path, new Dictionary<string, string>(settings)
        {
            ["AliaBatch__Worker__ModelCacheDirectory"] = _work.Combine("cache-2"),
        });
        var manifest = await BatchFiles.WaitForManifestAsync(results, message);
        await second.WaitForLineAsync(l => l.Contains($"Batch {message.MessageId}: completed", StringComparison.Ordinal), TimeSpan.FromMinutes(1));

        // Assert: redelivered (delivery 2) and redone; one manifest entry and one result per document; the queue is empty.
        Assert.Contains($"Received batch {message.MessageId} (delivery 2,", second.Output, StringComparison.Ordinal);
        Assert.Equal(Documents, manifest.Counts.Sources);
        Assert.Equal(Documents, manifest.Counts.Succeeded);
        Assert.Equal(Documents, manifest.Documents.Select(d => d.Source).Distinct(StringComparer.Ordinal).Count());
        var resultFiles = new List<string>();
        await foreach (var info in results.ListAsync("job-k/", ct))
        {
            if (info.Path.EndsWith(".txt.json", StringComparison.Ordinal))
            {
                resultFiles.Add(info.Path);
            }
        }

        Assert.Equal(Enumerable.Range(0, Documents).Select(i => $"job-k/doc{i:D3}.txt.json"), resultFiles.Order(StringComparer.Ordinal));
        second.Kill();
        Assert.Null(await queue.ReceiveAsync(TimeSpan.Zero, ct));
    }

    public void Dispose() => _work.Dispose();

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
