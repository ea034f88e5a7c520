using System.Net;
using AliaBatch.Core.Jobs;
using AliaBatch.Orchestration;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Storage;
using AliaBatch.Testing;
using AliaBatch.Transport;
using AliaBatch.Transport.InProcess;
using AliaBatch.Worker.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace AliaBatch.Worker.Tests;

/// <summary>Graceful shutdown of <see cref="Consuming.ReceiveLoop"/> inside the worker host.</summary>
public sealed class WorkerStopTests(PackFixture packs) : IDisposable
{
    private const int BatchHeldEvent = 7506;
    private readonly TemporaryFolder _work = new("worker-stop");

    [Fact]
    public async Task StopAsync_BatchInHandWithinGracePeriod_FinishesAndCompletesIt()
    {
        // Arrange: the batch is held 2 s after receipt; shutdown allows 60 s.
        var logs = new LogCapture();
        var worker = await StartAsync(logs, hold: "00:00:02", shutdownTimeout: "00:01:00");
        var (queue, results, message) = await SendBatchAsync(worker);
        await logs.WaitForEventAsync(BatchHeldEvent);

        // Act
        await worker.DisposeAsync();

        // Assert: the batch was finished and completed, not given back.
        Assert.NotNull(await results.GetInfoAsync(BatchLayout.Manifest(message.JobId, message.RunId, message.BatchId), TestContext.Current.CancellationToken));
        Assert.Null(await queue.ReceiveAsync(TimeSpan.Zero, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task StopAsync_BatchInHandPastGracePeriod_AbandonsItForRedelivery()
    {
        // Arrange: the batch would be held an hour; shutdown allows 2 s, 1 s of it reserved for abandoning.
        var logs = new LogCapture();
        var worker = await StartAsync(logs, hold: "01:00:00", shutdownTimeout: "00:00:02");
        var (queue, results, message) = await SendBatchAsync(worker);
        await logs.WaitForEventAsync(BatchHeldEvent);

        // Act
        await worker.DisposeAsync();

        // Assert: nothing was written and the batch is back in the queue for its second delivery.
        Assert.Null(await results.GetInfoAsync(BatchLayout.Manifest(message.JobId, message.RunId, message.BatchId), TestContext.Current.CancellationToken));
        await using var again = await queue.ReceiveAsync(TimeSpan.Zero, TestContext.Current.CancellationToken);
        Assert.Equal(2, again!.DeliveryCount);
    }

    public void Dispose() => _work.Dispose();

    private async Task<InProcessWorker> StartAsync(LogCapture logs, string hold, string shutdownTimeout)
    {
        var worker = await InProcessWorker.StartAsync(
            new Dictionary<string, string?>
            {
                ["AliaBatch:Models:SourceFolder"] = packs.PacksFolder,
                ["AliaBatch:Worker:ModelCacheDirectory"] = _work.Combine("cache"),
                ["AliaBatch:Worker:ReceiveWaitTime"] = "00:00:00.200",
                ["AliaBatch:Worker:HoldAfterReceive"] = hold,
                ["AliaBatch:Worker:ShutdownTimeout"] = shutdownTimeout,
                ["AliaBatch:Worker:AbandonReserve"] = "00:00:01",
                ["AliaBatch:Inference:ExecutionProvider"] = "Cpu",
                ["AliaBatch:Transport:Kind"] = "InProcess",
            },
            services => services.AddLogging(l => l.AddProvider(logs)));
        await worker.WaitForStatusAsync("/readyz", HttpStatusCode.OK);
        return worker;
    }

    private async Task<(InProcessBatchQueue Queue, Core.Storage.IObjectStore Results, InferenceBatchMessage Message)> SendBatchAsync(InProcessWorker worker)
    {
        var (sourceReference, resultsReference) = (StoreReference.Local(_work.Combine("source")), StoreReference.Local(_work.Combine("results")));
        var results = ObjectStores.ForFolder(resultsReference.Location);
        var tasks = new JobTasks { Summarize = new SummarizeTask() };
        var message = await BatchFiles.WriteBatchAsync(ObjectStores.ForFolder(sourceReference.Location), sourceReference, results, resultsReference, "job-s", "run-1", tasks, documents: 2);
        var queue = worker.Services.GetRequiredService<InProcessBatchQueue>();
        await queue.SendAsync(message, TestContext.Current.CancellationToken);
        return (queue, results, message);
    }
}
