using AliaBatch.Core.Jobs;
using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Activities;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Storage;
using AliaBatch.Testing;
using Microsoft.Extensions.Options;
using Xunit;

namespace AliaBatch.Orchestration.Tests;

public sealed class PlanBatchesActivityTests
{
    private static readonly BatchLimits s_limits = new(ListPageSize: 100, MaxDocumentsPerBatch: 3, MaxBytesPerBatch: 1000, BatchesPerGroup: 2, MaxConcurrentGroups: 1);

    [Fact]
    public void Plan_SmallDocuments_ClosesBatchesAtTheDocumentLimit()
    {
        var documents = Enumerable.Range(0, 7).Select(i => Info($"d{i}.txt", 10)).ToList();

        var batches = PlanBatchesActivity.Plan(documents, 0, s_limits);

        Assert.Equal([3, 3, 1], batches.Select(b => b.Documents.Count));
        Assert.Equal(7, batches.SelectMany(b => b.Documents).Select(d => d.Path).Distinct().Count());
    }

    [Fact]
    public void Plan_ByteBudget_ClosesBatchesBeforePassingIt()
    {
        var documents = new[] { Info("a.txt", 400), Info("b.txt", 400), Info("c.txt", 400) };

        var batches = PlanBatchesActivity.Plan(documents, 0, s_limits);

        Assert.Equal([2, 1], batches.Select(b => b.Documents.Count));
        Assert.All(batches, b => Assert.True(b.Documents.Sum(d => d.Size) <= 1000));
    }

    [Fact]
    public void Plan_DocumentOverTheByteBudget_GetsABatchOfItsOwn()
    {
        var documents = new[] { Info("huge.pdf", 5000), Info("small.txt", 10) };

        var batches = PlanBatchesActivity.Plan(documents, 0, s_limits);

        Assert.Equal(2, batches.Count);
        Assert.Equal("huge.pdf", Assert.Single(batches[1].Documents).Path);
    }

    [Fact]
    public void Plan_SortsBySizeSoBatchesHoldSimilarLengths()
    {
        var documents = new[] { Info("big1", 300), Info("tiny1", 1), Info("big2", 300), Info("tiny2", 1), Info("tiny3", 1), Info("big3", 300) };

        var batches = PlanBatchesActivity.Plan(documents, 0, s_limits);

        Assert.Equal(["tiny1", "tiny2", "tiny3"], batches[0].Documents.Select(d => d.Path));
        Assert.Equal(["big1", "big2", "big3"], batches[1].Documents.Select(d => d.Path));
    }

    [Fact]
    public void Plan_FirstSequence_NumbersBatchesRunWide()
    {
        var documents = Enumerable.Range(0, 4).Select(i => Info($"d{i}", 1)).ToList();

        var batches = PlanBatchesActivity.Plan(documents, 41, s_limits);

        Assert.Equal(["b000041", "b000042"], batches.Select(b => b.BatchId));
    }

    [Fact]
    public async Task RunAsync_WithoutJob_ReturnsWholePlans()
    {
        var activity = new PlanBatchesActivity(NewResolver());
        var documents = Enumerable.Range(0, 4).Select(i => Info($"d{i}", 1)).ToList();

        var batches = await activity.RunAsync(null!, new PlanBatchesInput(documents, 0, s_limits));

        Assert.Equal([3, 1], batches.Select(b => b.Documents.Count));
        Assert.All(batches, b => Assert.False(b.Stored));
    }

    [Fact]
    public async Task RunAsync_WithJob_WritesEachPlanAndReturnsReferences()
    {
        var stores = NewResolver();
        var activity = new PlanBatchesActivity(stores);
        using var folder = new TemporaryFolder("plans");
        var store = new FileSystemObjectStore(folder.Path);
        var reference = stores.Attach(store);
        var job = new BatchJob("job-1", "run-1", new JobTasks(), OverwritePolicy.Skip, reference, reference);
        var documents = Enumerable.Range(0, 4).Select(i => Info($"d{i}", 1)).ToList();

        var batches = await activity.RunAsync(null!, new PlanBatchesInput(documents, 7, s_limits, job));

        Assert.Equal(["b000007", "b000008"], batches.Select(b => b.BatchId));
        Assert.All(batches, b => Assert.True(b.Stored));
        Assert.All(batches, b => Assert.Empty(b.Documents));
        var stored = await store.ReadJsonOrDefaultAsync<ProcessBatchInput>(BatchLayout.Plan("job-1", "run-1", "b000007"), TestContext.Current.CancellationToken);
        Assert.Equal(["d0", "d1", "d2"], stored!.Batch.Documents.Select(d => d.Path));
        Assert.False(stored.Batch.Stored);
        Assert.Equal("job-1", stored.Job.JobId);
    }

    private static ObjectStoreResolver NewResolver() => new(Options.Create(new StorageOptions()));

    private static ObjectInfo Info(string path, long size) => new(path, size, "etag", DateTimeOffset.UnixEpoch);
}
