using System.Diagnostics.Metrics;
using AliaBatch.Orchestration.Dispatch;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Transport;
using AliaBatch.Worker.Telemetry;
using AliaBatch.Worker.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace AliaBatch.Worker.Tests;

public sealed class WorkerMetricsTests : IDisposable
{
    private static readonly InferenceBatchMessage s_message = new("job", "run", "b000001", 1, DateTimeOffset.UnixEpoch.AddDays(1), "job/_plans/run/b000001.json", "{}");
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly MetricsCollector _collector = new();

    private IMeterFactory Factory => _services.GetRequiredService<IMeterFactory>();

    [Fact]
    public void Record_CompletedBatch_CountsBatchDocumentsTokensAndDurations()
    {
        var metrics = new WorkerMetrics(Factory);
        var outcome = new BatchOutcome(s_message, 1, BatchDisposition.Completed, new BatchCounts(4, 2, 1, 1, 0, 4), false, null,
            TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(7), TokensIn: 100, TokensOut: 40);

        metrics.Record(outcome);

        Assert.Equal("completed", Assert.Single(_collector.Of("aliabatch.worker.batches", Factory)).Tags["disposition"]);
        var documents = _collector.Of("aliabatch.worker.documents", Factory).ToDictionary(m => (string)m.Tags["status"]!, m => m.Value);
        Assert.Equal(new Dictionary<string, double> { ["succeeded"] = 2, ["failed"] = 1, ["skipped"] = 1 }, documents);
        Assert.Equal(40, Assert.Single(_collector.Of("aliabatch.worker.tokens", Factory)).Value);
        Assert.Equal(7, Assert.Single(_collector.Of("aliabatch.worker.batch.duration", Factory)).Value);
        Assert.Equal(3, Assert.Single(_collector.Of("aliabatch.worker.queue.wait", Factory)).Value);
    }

    [Fact]
    public void Record_AlreadyDoneBatch_CountsTheBatchButNoDocuments()
    {
        var metrics = new WorkerMetrics(Factory);
        var outcome = new BatchOutcome(s_message, 2, BatchDisposition.Completed, new BatchCounts(4, 4, 0, 0, 0, 4), true, null, null, TimeSpan.FromSeconds(1), 0, 0);

        metrics.Record(outcome);

        Assert.Equal("already_done", Assert.Single(_collector.Of("aliabatch.worker.batches", Factory)).Tags["disposition"]);
        Assert.Empty(_collector.Of("aliabatch.worker.documents", Factory));
        Assert.Empty(_collector.Of("aliabatch.worker.queue.wait", Factory));
    }

    [Theory]
    [InlineData(BatchDisposition.Abandoned, "abandoned")]
    [InlineData(BatchDisposition.DeadLettered, "dead_lettered")]
    [InlineData(BatchDisposition.LockLost, "lock_lost")]
    public void DispositionTag_Unfinished_NamesTheDisposition(BatchDisposition disposition, string expected)
    {
        var outcome = new BatchOutcome(s_message, 1, disposition, null, false, "why", null, TimeSpan.Zero, 0, 0);

        Assert.Equal(expected, WorkerMetrics.DispositionTag(outcome));
    }

    [Fact]
    public void Constructor_WithoutGpu_HasNoGpuMemoryGauge()
    {
        var metrics = new WorkerMetrics(Factory);

        _collector.Collect();

        Assert.NotNull(metrics);
        Assert.Empty(_collector.Of("aliabatch.worker.gpu.memory.used", Factory));
    }

    public void Dispose()
    {
        _collector.Dispose();
        _services.Dispose();
    }
}
