using AliaBatch.Core.Jobs;
using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Activities;
using AliaBatch.Orchestration.Dispatch;
using AliaBatch.Orchestration.Orchestrators;
using AliaBatch.Storage;
using AliaBatch.Testing;
using AliaBatch.Transport;
using Xunit;

namespace AliaBatch.Orchestration.Tests.Dispatch;

/// <summary>The job orchestration in transport dispatch mode, end to end in the embedded host over the in-process queue.</summary>
public sealed class TransportDispatchTests : IAsyncDisposable
{
    private readonly TemporaryFolder _input = new("transport-input");
    private readonly TemporaryFolder _output = new("transport-output");
    private TransportTestHost? _host;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private FileSystemObjectStore Source => new(_input.Path);

    private FileSystemObjectStore Results => new(_output.Path);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _input.Dispose();
        _output.Dispose();
    }

    [Fact]
    public async Task RunAsync_TwelveDocuments_ProcessesEachOnceThroughTheTransport()
    {
        var host = Start();
        WriteDocuments(12);

        var manifest = await host.Jobs.RunAsync(Request(), Source, Results, cancellationToken: Token);

        Assert.Equal(JobStatus.Succeeded, manifest.Status);
        Assert.Equal(new JobCounts(12, 12, 0, 0), manifest.Counts);
        Assert.Equal(12, manifest.ProcessedThisRun);
        Assert.Equal(12, await CountAsync(".txt.json"));
        Assert.Equal(12, host.Gate.Calls);
        Assert.Equal(6, await CountAsync(".json", "job-1/_plans/"));
        Assert.Empty(host.Queue.DeadLetters);
    }

    [Fact]
    public async Task RunAsync_FirstDeliveryLost_RedispatchesAfterTheDeadlineAndProcessesEachDocumentOnce()
    {
        var lost = 0;
        var host = Start(
            new Dictionary<string, string?> { ["AliaBatch:Orchestration:BatchDeadline"] = "00:00:01" },
            async received =>
            {
                if (received.Message is not { BatchId: "b000001", Attempt: 1 })
                {
                    return false;
                }

                // The message vanishes: settled without any work, as if a broker lost it.
                Interlocked.Increment(ref lost);
                await received.CompleteAsync();
                await received.DisposeAsync();
                return true;
            });
        WriteDocuments(6);

        var manifest = await host.Jobs.RunAsync(Request(), Source, Results, cancellationToken: Token);

        Assert.Equal(1, lost);
        Assert.Equal(JobStatus.Succeeded, manifest.Status);
        Assert.Equal(new JobCounts(6, 6, 0, 0), manifest.Counts);
        Assert.Equal(6, host.Gate.Calls);
        Assert.Equal(6, await CountAsync(".txt.json"));
        Assert.Equal(6, (await Results.ReadTextAsync("job-1/index.jsonl", Token)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task RunAsync_PoisonBatch_IsDeadLetteredEachAttemptThenItsDocumentsFail()
    {
        var host = Start(
            new Dictionary<string, string?>
            {
                ["AliaBatch:Orchestration:BatchDeadline"] = "00:00:01",
                ["AliaBatch:Orchestration:MaxDispatchAttempts"] = "2",
            },
            received =>
            {
                if (received.Message.BatchId == "b000001")
                {
                    // Its plan disappears before the consumer reads it: a batch that can never be processed.
                    File.Delete(Path.Combine(_output.Path, received.Message.PlanPath));
                }

                return Task.FromResult(false);
            });
        WriteDocuments(6);

        var manifest = await host.Jobs.RunAsync(Request(), Source, Results, cancellationToken: Token);

        Assert.Equal(JobStatus.CompletedWithErrors, manifest.Status);
        Assert.Equal(new JobCounts(6, 4, 2, 0), manifest.Counts);
        var deadLetters = host.Queue.DeadLetters;
        Assert.Equal(2, deadLetters.Count);
        Assert.All(deadLetters, d => Assert.Equal(BatchDeadLetterReasons.PlanNotFound, d.Reason));
        Assert.Equal(["b000001:1", "b000001:2"], deadLetters.Select(d => string.Join(':', d.MessageId.Split(':')[^2..])));
        var failed = await Results.ReadJsonOrDefaultAsync<DocumentResult>("job-1/doc02.txt.json", Token);
        Assert.Equal(DocumentStatus.Failed, failed!.Status);
        Assert.Equal(FailBatchActivity.UndeliverableCode, failed.Error!.Code);
        Assert.Equal(4, host.Gate.Calls);
    }

    [Fact]
    public async Task RunAsync_BatchesWaitingManyPolls_KeepGroupHistoriesBounded()
    {
        var host = Start(new Dictionary<string, string?>
        {
            ["AliaBatch:Orchestration:ListPageSize"] = "100",
            ["AliaBatch:Orchestration:BatchesPerGroup"] = "5",
            ["AliaBatch:Orchestration:PollInterval"] = "00:00:00.010",
        });
        host.Gate.FreeDocuments = 0;
        WriteDocuments(20);

        var running = host.Jobs.RunAsync(Request(), Source, Results, cancellationToken: Token);
        // Every document waits at the gate while the groups poll: far more polls than one execution may hold.
        await Task.Delay(TimeSpan.FromSeconds(2), Token);
        host.Gate.Open();
        var manifest = await running;

        Assert.Equal(JobStatus.Succeeded, manifest.Status);
        Assert.Equal(20, manifest.Counts.Succeeded);
        var groups = host.Jobs.LargestHistories.Where(h => h.Key.Contains(":group:", StringComparison.Ordinal)).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(", ", groups.Select(g => $"{g.Key}={g.Value}")));
        Assert.Equal(2, groups.Count);
        Assert.All(groups, g => Assert.InRange(g.Value, 10, GroupHistoryBound));
    }

    // One execution of a dispatching group of B = 5 batches: ExecutionStarted and its end, a wave of B dispatches
    // (2 events each), at most PollsPerExecution polls (timer and check, 4 events each), and an episode pair per
    // awakening (at most 1 + B + 2 per poll).
    private const int GroupHistoryBound = 4 + (4 * 5) + (8 * BatchGroupOrchestrator.PollsPerExecution);

    private TransportTestHost Start(IDictionary<string, string?>? settings = null, Func<ReceivedBatch, Task<bool>>? intercept = null) =>
        _host = new TransportTestHost(settings, intercept);

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
            _input.WriteFile($"doc{i:D2}.txt", DispatchFixture.Spanish + $" Expediente {i}.");
        }
    }

    private async Task<int> CountAsync(string suffix, string prefix = "job-1/") =>
        await Results.ListAsync(prefix, Token).CountAsync(i => i.Path.EndsWith(suffix, StringComparison.Ordinal), Token);
}
