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

public sealed class PreparePageActivityTests : IDisposable
{
    private static readonly BatchLimits s_limits = new(ListPageSize: 4, MaxDocumentsPerBatch: 3, MaxBytesPerBatch: 1000, BatchesPerGroup: 2, MaxConcurrentGroups: 1);

    private readonly TemporaryFolder _source = new("source");
    private readonly TemporaryFolder _results = new("results");
    private readonly ObjectStoreResolver _stores = new(Options.Create(new StorageOptions()));
    private readonly BatchJob _job;

    public PreparePageActivityTests()
    {
        for (var i = 0; i < 6; i++)
        {
            _source.WriteFile($"d{i}.txt", "El plazo termina el 30 de noviembre.");
        }

        _job = new BatchJob("job-1", "run-1", new JobTasks(), OverwritePolicy.Skip, _stores.Attach(new FileSystemObjectStore(_source.Path)), _stores.Attach(Results));
    }

    private FileSystemObjectStore Results => new(_results.Path);

    public void Dispose()
    {
        _source.Dispose();
        _results.Dispose();
    }

    [Fact]
    public async Task RunAsync_FirstPageWithoutStoring_ReturnsWholePlansAndTheNextPagePosition()
    {
        var page = await new PreparePageActivity(_stores).RunAsync(null!, new PreparePageInput(_job, null, null, 0, s_limits, StorePlans: false));

        Assert.Equal(4, page.Listed);
        Assert.Equal("d3.txt", page.ContinuationToken);
        Assert.Equal([3, 1], page.Batches.Select(b => b.Documents.Count));
        Assert.All(page.Batches, b => Assert.False(b.Stored));
    }

    [Fact]
    public async Task RunAsync_LastPage_ContinuesTheBatchNumbersAndEndsTheListing()
    {
        var page = await new PreparePageActivity(_stores).RunAsync(null!, new PreparePageInput(_job, null, "d3.txt", 2, s_limits, StorePlans: false));

        Assert.Equal(2, page.Listed);
        Assert.Null(page.ContinuationToken);
        Assert.Equal(["b000002"], page.Batches.Select(b => b.BatchId));
        Assert.Equal(["d4.txt", "d5.txt"], page.Batches[0].Documents.Select(d => d.Path));
    }

    [Fact]
    public async Task RunAsync_ExplicitListWithAMissingDocument_KeepsItForAFailedResult()
    {
        var page = await new PreparePageActivity(_stores).RunAsync(null!, new PreparePageInput(_job, ["d1.txt", "nope.txt", "d1.txt"], null, 0, s_limits, StorePlans: false));

        Assert.Equal(2, page.Listed);
        Assert.Null(page.ContinuationToken);
        Assert.Equal(["nope.txt", "d1.txt"], page.Batches.SelectMany(b => b.Documents).Select(d => d.Path));
    }

    [Fact]
    public async Task RunAsync_StoringPlans_WritesEachPlanAndReturnsReferences()
    {
        var page = await new PreparePageActivity(_stores).RunAsync(null!, new PreparePageInput(_job, null, null, 7, s_limits, StorePlans: true));

        Assert.Equal(["b000007", "b000008"], page.Batches.Select(b => b.BatchId));
        Assert.All(page.Batches, b => Assert.True(b.Stored));
        Assert.All(page.Batches, b => Assert.Empty(b.Documents));
        var stored = await Results.ReadJsonOrDefaultAsync<ProcessBatchInput>(BatchLayout.Plan("job-1", "run-1", "b000007"), TestContext.Current.CancellationToken);
        Assert.Equal(["d0.txt", "d1.txt", "d2.txt"], stored!.Batch.Documents.Select(d => d.Path));
        Assert.False(stored.Batch.Stored);
        Assert.Equal("job-1", stored.Job.JobId);
    }

    [Fact]
    public async Task RunAsync_StoringPlansWithAPlanStore_WritesThemThereAndNotInResults()
    {
        var plans = new MemoryObjectStore();
        var job = _job with { Plans = _stores.Attach(plans) };

        var page = await new PreparePageActivity(_stores).RunAsync(null!, new PreparePageInput(job, null, null, 0, s_limits, StorePlans: true));

        var token = TestContext.Current.CancellationToken;
        Assert.Equal(page.Batches.Select(b => BatchLayout.Plan("job-1", "run-1", b.BatchId)), await plans.ListAsync("", token).Select(i => i.Path).ToListAsync(token));
        Assert.Empty(await Results.ListAsync("", token).ToListAsync(token));
    }
}
