using AliaBatch.Core.Errors;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Orchestrators;
using AliaBatch.Pipeline.Jobs;
using AliaBatch.Storage;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Orchestration.Tests;

public sealed class EmbeddedJobHostTests : IAsyncLifetime
{
    private const string Spanish = "El Ayuntamiento informa de que el plazo para pagar el impuesto termina el 30 de noviembre. Los recibos domiciliados se cargarán en la cuenta el día 5.";

    private readonly TemporaryFolder _input = new("input");
    private readonly TemporaryFolder _output = new("output");
    private EmbeddedTestHost _host = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private FileSystemObjectStore Source => new(_input.Path);

    private FileSystemObjectStore Results => new(_output.Path);

    public ValueTask InitializeAsync()
    {
        _host = new EmbeddedTestHost();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        _input.Dispose();
        _output.Dispose();
    }

    [Fact]
    public async Task RunAsync_TwelveDocuments_WritesOneResultEachAndSucceeds()
    {
        WriteDocuments(12);

        var manifest = await _host.Jobs.RunAsync(Request(), Source, Results, cancellationToken: Token);

        Assert.Equal(JobStatus.Succeeded, manifest.Status);
        Assert.Equal(new JobCounts(12, 12, 0, 0), manifest.Counts);
        Assert.Equal(12, manifest.ProcessedThisRun);
        Assert.Equal("embedded", manifest.Host);
        Assert.Equal(12, await CountResultsAsync());
        var result = await Results.ReadJsonOrDefaultAsync<DocumentResult>("job-1/doc07.txt.json", Token);
        Assert.Equal(DocumentStatus.Succeeded, result!.Status);
        Assert.Equal(12, (await IndexLinesAsync()).Length);
        Assert.Equal(12, _host.Gate.Calls);
    }

    [Fact]
    public async Task RunAsync_InlineBatches_KeepsTheirPlansOutOfTheResults()
    {
        WriteDocuments(12);

        var manifest = await _host.Jobs.RunAsync(Request(), Source, Results, cancellationToken: Token);

        Assert.Equal(12, manifest.Counts.Succeeded);
        Assert.Empty(await Results.ListAsync("job-1/_plans/", Token).ToListAsync(Token));
        Assert.NotEmpty(await Results.ListAsync("job-1/_batches/", Token).ToListAsync(Token));
    }

    [Fact]
    public async Task RunAsync_OnePoisonDocument_CompletesWithErrorsWithExactlyThatDocumentFailed()
    {
        WriteDocuments(5);
        _input.WriteFile("poison.txt", Spanish);

        var manifest = await _host.Jobs.RunAsync(Request(), Source, Results, cancellationToken: Token);

        Assert.Equal(JobStatus.CompletedWithErrors, manifest.Status);
        Assert.Equal(new JobCounts(6, 5, 1, 0), manifest.Counts);
        var poison = await Results.ReadJsonOrDefaultAsync<DocumentResult>("job-1/poison.txt.json", Token);
        Assert.Equal(DocumentStatus.Failed, poison!.Status);
        Assert.Equal(ErrorCodes.Internal, poison.Error!.Code);
        var failedLine = Assert.Single(await IndexLinesAsync(), l => l.Contains("\"failed\"", StringComparison.Ordinal));
        Assert.Contains("poison.txt", failedLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SameJobTwice_ReprocessesNothingAndKeepsResultETags()
    {
        WriteDocuments(6);
        await _host.Jobs.RunAsync(Request(), Source, Results, cancellationToken: Token);
        var before = await ResultETagsAsync();
        var callsBefore = _host.Gate.Calls;

        var second = await _host.Jobs.RunAsync(Request(), Source, Results, cancellationToken: Token);

        Assert.Equal(JobStatus.Succeeded, second.Status);
        Assert.Equal(0, second.ProcessedThisRun);
        Assert.Equal(6, second.Counts.Succeeded);
        Assert.Equal(callsBefore, _host.Gate.Calls);
        Assert.Equal(before, await ResultETagsAsync());
        Assert.Equal(6, (await IndexLinesAsync()).Length);
    }

    [Fact]
    public async Task RunAsync_CancelledMidJob_KeepsFinishedResultsAndEndsCancelled()
    {
        await _host.DisposeAsync();
        _host = new EmbeddedTestHost(new Dictionary<string, string?>
        {
            ["AliaBatch:Orchestration:MaxDocumentsPerBatch"] = "1",
            ["AliaBatch:Orchestration:MaxConcurrentGroups"] = "1",
            ["AliaBatch:Orchestration:ListPageSize"] = "100",
        });
        _host.Gate.FreeDocuments = 2;
        WriteDocuments(20);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        // Documents after the first group wait at the gate; cancelling opens it, so the running group can finish.
        using var opens = cancellation.Token.Register(_host.Gate.Open);
        var progress = new SynchronousProgress(p =>
        {
            if (p.Done >= 2)
            {
                cancellation.Cancel();
            }
        });

        var manifest = await _host.Jobs.RunAsync(Request(), Source, Results, progress, cancellation.Token);

        Assert.Equal(JobStatus.Cancelled, manifest.Status);
        Assert.InRange(manifest.Counts.Succeeded, 2, 19);
        Assert.Equal(20, manifest.Counts.Succeeded + manifest.Counts.Cancelled);
        Assert.Equal(manifest.Counts.Succeeded, await CountResultsAsync());
        var cancelledLines = (await IndexLinesAsync()).Count(l => l.Contains(ErrorCodes.Cancelled, StringComparison.Ordinal));
        Assert.Equal(manifest.Counts.Cancelled, cancelledLines);
    }

    [Fact]
    public async Task RunAsync_MoreBatchesThanParallelism_RunsAtMostMaxParallelDocumentsBatchesAtOnce()
    {
        await _host.DisposeAsync();
        _host = new EmbeddedTestHost(new Dictionary<string, string?>
        {
            ["AliaBatch:Pipeline:MaxParallelDocuments"] = "2",
            ["AliaBatch:Orchestration:MaxDocumentsPerBatch"] = "1",
            ["AliaBatch:Orchestration:BatchesPerGroup"] = "4",
            ["AliaBatch:Orchestration:MaxConcurrentGroups"] = "2",
        });
        _host.Gate.FreeDocuments = 0;
        WriteDocuments(8);

        // Every batch (one document each) waits at the gate: the first two take the two slots, and the other six, all
        // scheduled by then, must stay queued while the gate is shut.
        var job = _host.Jobs.RunAsync(Request(), Source, Results, cancellationToken: Token);
        while (_host.Gate.Running < 2 && !job.IsCompleted)
        {
            await Task.Delay(10, Token);
        }

        await Task.Delay(300, Token);
        var runningWhileShut = _host.Gate.Running;
        _host.Gate.Open();
        var manifest = await job;

        Assert.Equal(2, runningWhileShut);
        Assert.Equal(2, _host.Gate.MostRunning);
        Assert.Equal(new JobCounts(8, 8, 0, 0), manifest.Counts);
    }

    [Fact]
    public async Task RunAsync_TenThousandDocuments_KeepsEveryHistoryBounded()
    {
        await _host.DisposeAsync();
        _host = new EmbeddedTestHost(new Dictionary<string, string?>
        {
            ["AliaBatch:Orchestration:ListPageSize"] = "2500",
            ["AliaBatch:Orchestration:MaxDocumentsPerBatch"] = "25",
            ["AliaBatch:Orchestration:BatchesPerGroup"] = "20",
            ["AliaBatch:Orchestration:MaxConcurrentGroups"] = "4",
        });
        for (var i = 0; i < 10_000; i++)
        {
            _input.WriteFile($"d{i:D5}.txt", $"Expediente {i}. El plazo termina el 30 de noviembre.");
        }

        var manifest = await _host.Jobs.RunAsync(Request(), Source, Results, cancellationToken: Token);

        Assert.Equal(JobStatus.Succeeded, manifest.Status);
        Assert.Equal(10_000, manifest.Counts.Succeeded);
        Assert.Equal(10_000, (await IndexLinesAsync()).Length);
        var histories = _host.Jobs.LargestHistories;
        // 10,000 documents / 25 per batch / 20 per group = 20 groups, plus the job orchestration itself.
        Assert.Equal(21, histories.Count);
        var job = Assert.Single(histories, h => !h.Key.Contains(":group:", StringComparison.Ordinal));
        // One page (2,500 documents, 5 groups) per execution: without ContinueAsNew the job would hold ~4x this.
        Assert.InRange(job.Value, 10, JobHistoryBound);
        Assert.All(histories.Where(h => h.Key.Contains(":group:", StringComparison.Ordinal)), h => Assert.InRange(h.Value, 10, GroupHistoryBound));
    }

    private const int GroupHistoryBound = (4 * 20) + 4;

    // A page of G groups: the page's preparation (2 events), G sub-orchestrations (2 each), ExecutionStarted, the end
    // (ContinueAsNew or completion), the final page's FinalizeJob and PublishJobEvent calls (2 each), and an episode
    // pair per awakening (at most G + 4: start, prepare, each group, finalize, publish), and the episode that
    // starts an execution continued as new (Durable Task Core records it as its own OrchestratorCompleted).
    private const int JobHistoryBound = 2 + (2 * 5) + 2 + 2 + 2 + (2 * (5 + 4)) + 1;

    private static JobRequest Request() => new()
    {
        JobId = "job-1",
        Source = new JobSource { Kind = SourceKind.Local, Path = "unused-the-store-is-given" },
        Tasks = new JobTasks { Summarize = new SummarizeTask { MaxSentences = 1 } },
    };

    private void WriteDocuments(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _input.WriteFile($"doc{i:D2}.txt", Spanish + $" Expediente {i}.");
        }
    }

    private async Task<int> CountResultsAsync() =>
        await Results.ListAsync("job-1/", Token).CountAsync(i => i.Path.EndsWith(".txt.json", StringComparison.Ordinal), Token);

    private async Task<List<string>> ResultETagsAsync() =>
        await Results.ListAsync("job-1/", Token).Where(i => i.Path.EndsWith(".txt.json", StringComparison.Ordinal)).Select(i => i.Path + "@" + i.ETag).ToListAsync(Token);

    private async Task<string[]> IndexLinesAsync() =>
        (await Results.ReadTextAsync("job-1/index.jsonl", Token)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private sealed class SynchronousProgress(Action<JobProgress> report) : IProgress<JobProgress>
    {
        public void Report(JobProgress value) => report(value);
    }
}
