using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Dispatch;
using AliaBatch.Orchestration.Payloads;
using Xunit;

namespace AliaBatch.Orchestration.Tests;

public sealed class BatchPlannerTests
{
    private static readonly BatchLimits s_limits = new(ListPageSize: 100, MaxDocumentsPerBatch: 3, MaxBytesPerBatch: 1000, BatchesPerGroup: 2, MaxConcurrentGroups: 1);

    [Fact]
    public void Plan_SmallDocuments_ClosesBatchesAtTheDocumentLimit()
    {
        var documents = Enumerable.Range(0, 7).Select(i => Info($"d{i}.txt", 10)).ToList();

        var batches = BatchPlanner.Plan(documents, 0, s_limits);

        Assert.Equal([3, 3, 1], batches.Select(b => b.Documents.Count));
        Assert.Equal(7, batches.SelectMany(b => b.Documents).Select(d => d.Path).Distinct().Count());
    }

    [Fact]
    public void Plan_ByteBudget_ClosesBatchesBeforePassingIt()
    {
        var documents = new[] { Info("a.txt", 400), Info("b.txt", 400), Info("c.txt", 400) };

        var batches = BatchPlanner.Plan(documents, 0, s_limits);

        Assert.Equal([2, 1], batches.Select(b => b.Documents.Count));
        Assert.All(batches, b => Assert.True(b.Documents.Sum(d => d.Size) <= 1000));
    }

    [Fact]
    public void Plan_DocumentOverTheByteBudget_GetsABatchOfItsOwn()
    {
        var documents = new[] { Info("huge.pdf", 5000), Info("small.txt", 10) };

        var batches = BatchPlanner.Plan(documents, 0, s_limits);

        Assert.Equal(2, batches.Count);
        Assert.Equal("huge.pdf", Assert.Single(batches[1].Documents).Path);
    }

    [Fact]
    public void Plan_SortsBySizeSoBatchesHoldSimilarLengths()
    {
        var documents = new[] { Info("big1", 300), Info("tiny1", 1), Info("big2", 300), Info("tiny2", 1), Info("tiny3", 1), Info("big3", 300) };

        var batches = BatchPlanner.Plan(documents, 0, s_limits);

        Assert.Equal(["tiny1", "tiny2", "tiny3"], batches[0].Documents.Select(d => d.Path));
        Assert.Equal(["big1", "big2", "big3"], batches[1].Documents.Select(d => d.Path));
    }

    [Fact]
    public void Plan_FirstSequence_NumbersBatchesRunWide()
    {
        var documents = Enumerable.Range(0, 4).Select(i => Info($"d{i}", 1)).ToList();

        var batches = BatchPlanner.Plan(documents, 41, s_limits);

        Assert.Equal(["b000041", "b000042"], batches.Select(b => b.BatchId));
    }

    private static ObjectInfo Info(string path, long size) => new(path, size, "etag", DateTimeOffset.UnixEpoch);
}
