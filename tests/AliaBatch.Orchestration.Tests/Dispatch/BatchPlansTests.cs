using AliaBatch.Core.Jobs;
using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Dispatch;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Storage;
using AliaBatch.Testing;
using Microsoft.Extensions.Options;
using Xunit;

namespace AliaBatch.Orchestration.Tests.Dispatch;

public sealed class BatchPlansTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("plans");
    private readonly FileSystemObjectStore _results;
    private readonly BatchJob _job;

    public BatchPlansTests()
    {
        _results = new FileSystemObjectStore(_folder.Path);
        var reference = new ObjectStoreResolver(Options.Create(new StorageOptions())).Attach(_results);
        _job = new BatchJob("job-1", "run-1", new JobTasks(), OverwritePolicy.Skip, reference, reference);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ResolveAsync_WholePlan_ReturnsItWithoutReading()
    {
        var batch = new BatchPlan("b000001", [Info("a.txt")]);

        var resolved = await BatchPlans.ResolveAsync(_results, _job, batch, Token);

        Assert.Same(batch, resolved);
    }

    [Fact]
    public async Task ResolveAsync_Reference_ReadsTheStoredPlan()
    {
        var batch = new BatchPlan("b000001", [Info("a.txt"), Info("b.txt")]);
        await BatchPlans.WriteAsync(_results, new ProcessBatchInput(_job, batch), Token);

        var resolved = await BatchPlans.ResolveAsync(_results, _job, batch.ToReference(), Token);

        Assert.Equal(["a.txt", "b.txt"], resolved.Documents.Select(d => d.Path));
        Assert.False(resolved.Stored);
    }

    [Fact]
    public async Task ResolveAsync_ReferenceWithoutPlan_ThrowsNamingThePlan()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => BatchPlans.ResolveAsync(_results, _job, new BatchPlan("b000009", [], Stored: true), Token));

        Assert.Contains(BatchLayout.Plan("job-1", "run-1", "b000009"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_Reference_KeepsTheStoredPlan()
    {
        var batch = new BatchPlan("b000001", [Info("a.txt")]);
        await BatchPlans.WriteAsync(_results, new ProcessBatchInput(_job, batch), Token);

        await BatchPlans.WriteAsync(_results, new ProcessBatchInput(_job, batch.ToReference()), Token);

        var stored = await _results.ReadJsonOrDefaultAsync<ProcessBatchInput>(BatchLayout.Plan("job-1", "run-1", "b000001"), Token);
        Assert.Equal("a.txt", Assert.Single(stored!.Batch.Documents).Path);
    }

    private static ObjectInfo Info(string path) => new(path, 10, "etag", DateTimeOffset.UnixEpoch);
}
