using System.Diagnostics.Metrics;
using System.Net;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Languages;
using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Pipeline;
using AliaBatch.Storage;
using AliaBatch.Testing;
using AliaBatch.Transport;
using AliaBatch.Worker.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace AliaBatch.Worker.Tests;

public sealed class ReceiveLoopTests(PackFixture packs) : IDisposable
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
