using AliaBatch.Core.Errors;
using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Payloads;
using Xunit;

namespace AliaBatch.Orchestration.Tests.Dispatch;

public sealed class BatchProcessorTests : IAsyncLifetime
{
    private readonly DispatchFixture _fixture = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task ProcessAsync_NewBatch_WritesEveryResultAndTheManifest()
    {
        var job = _fixture.Job();
        var batch = await _fixture.BatchAsync("b000000", "a.txt", "b.txt", "c.txt");

        var manifest = await _fixture.Processor.ProcessAsync(job, batch, Token);

        Assert.Equal(new BatchCounts(3, 3, 0, 0, 0, 3), manifest.Counts);
        Assert.Equal(["a.txt", "b.txt", "c.txt"], manifest.Documents.Select(d => d.Source));
        var stored = await _fixture.ManifestAsync(job, "b000000");
        Assert.Equal(manifest.Counts, stored!.Counts);
        Assert.Equal(manifest.Documents.Select(d => d.Source), stored.Documents.Select(d => d.Source));
        var result = await _fixture.Results.ReadJsonOrDefaultAsync<DocumentResult>("job-1/b.txt.json", Token);
        Assert.Equal(DocumentStatus.Succeeded, result!.Status);
    }

    [Fact]
    public async Task ProcessAsync_ManifestExists_ReturnsItAndProcessesNothing()
    {
        var job = _fixture.Job();
        var batch = await _fixture.BatchAsync("b000000", "a.txt", "b.txt");
        await _fixture.Processor.ProcessAsync(job, batch, Token);
        var calls = _fixture.Gate.Calls;

        var again = await _fixture.Processor.ProcessAsync(job, batch, Token);

        Assert.Equal(calls, _fixture.Gate.Calls);
        Assert.Equal(2, again.Counts.Succeeded);
    }

    [Fact]
    public async Task ProcessAsync_PoisonDocument_FailsOnlyThatDocument()
    {
        var job = _fixture.Job();
        var batch = await _fixture.BatchAsync("b000000", "a.txt", "poison.txt", "z.txt");

        var manifest = await _fixture.Processor.ProcessAsync(job, batch, Token);

        Assert.Equal(new BatchCounts(3, 2, 1, 0, 0, 3), manifest.Counts);
        var poison = await _fixture.Results.ReadJsonOrDefaultAsync<DocumentResult>("job-1/poison.txt.json", Token);
        Assert.Equal(ErrorCodes.Internal, poison!.Error!.Code);
    }

    [Fact]
    public async Task ProcessAsync_ResultsOfAnEarlierRun_ReusesThemInANewRun()
    {
        var batch = await _fixture.BatchAsync("b000000", "a.txt", "b.txt");
        await _fixture.Processor.ProcessAsync(_fixture.Job("run-1"), batch, Token);
        var calls = _fixture.Gate.Calls;

        var manifest = await _fixture.Processor.ProcessAsync(_fixture.Job("run-2"), batch, Token);

        Assert.Equal(new BatchCounts(2, 2, 0, 0, 2, 0), manifest.Counts);
        Assert.Equal(calls, _fixture.Gate.Calls);
        Assert.All(manifest.Documents, d => Assert.True(d.Reused));
    }

    [Fact]
    public async Task ProcessAsync_AnotherManifestCommittedFirst_ReturnsThatOne()
    {
        var job = _fixture.Job();
        var batch = await _fixture.BatchAsync("b000000", "a.txt");
        _fixture.Gate.FreeDocuments = 0;
        var processing = _fixture.Processor.ProcessAsync(job, batch, Token);
        var first = new BatchManifest("job-1", "run-1", "b000000", new BatchCounts(1, 0, 1, 0, 0, 1), []);
        await _fixture.Results.WriteJsonAsync(BatchLayout.Manifest("job-1", "run-1", "b000000"), first, cancellationToken: Token);

        _fixture.Gate.Open();
        var manifest = await processing;

        Assert.Equal(first.Counts, manifest.Counts);
        Assert.Equal(first.Counts, (await _fixture.ManifestAsync(job, "b000000"))!.Counts);
    }
}
