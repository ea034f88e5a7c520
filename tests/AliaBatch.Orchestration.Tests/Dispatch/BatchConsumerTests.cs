using AliaBatch.Orchestration.Dispatch;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Transport;
using Xunit;

namespace AliaBatch.Orchestration.Tests.Dispatch;

public sealed class BatchConsumerTests : IAsyncLifetime
{
    private readonly DispatchFixture _fixture = new(maxDeliveryCount: 3);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task ConsumeOneAsync_EmptyQueue_ReturnsNull()
    {
        var outcome = await _fixture.Consumer.ConsumeOneAsync(_fixture.Queue, TimeSpan.Zero, Token);

        Assert.Null(outcome);
    }

    [Fact]
    public async Task ConsumeOneAsync_PlannedBatch_WritesManifestThenCompletes()
    {
        var job = _fixture.Job();
        var message = await _fixture.DispatchAsync(job, await _fixture.BatchAsync("b000003", "a.txt", "b.txt"));

        var outcome = await _fixture.Consumer.ConsumeOneAsync(_fixture.Queue, TimeSpan.Zero, Token);

        Assert.NotNull(outcome);
        Assert.Equal(BatchDisposition.Completed, outcome.Disposition);
        Assert.Equal(message, outcome.Message);
        Assert.Equal(1, outcome.DeliveryCount);
        Assert.Equal(new BatchCounts(2, 2, 0, 0, 0, 2), outcome.Counts);
        Assert.False(outcome.AlreadyDone);
        Assert.Null(outcome.Reason);
        Assert.NotNull(outcome.QueueWait);
        Assert.Equal(2 * TokenTask.TokensIn, outcome.TokensIn);
        Assert.Equal(2 * TokenTask.TokensOut, outcome.TokensOut);
        Assert.Equal(2, (await _fixture.ManifestAsync(job, "b000003"))!.Counts.Succeeded);
        Assert.Null(await _fixture.Queue.ReceiveAsync(TimeSpan.Zero, Token));
        Assert.Empty(_fixture.Queue.DeadLetters);
    }

    [Fact]
    public async Task ConsumeOneAsync_BatchAlreadyDone_CompletesWithoutProcessing()
    {
        var job = _fixture.Job();
        var batch = await _fixture.BatchAsync("b000000", "a.txt");
        await _fixture.Processor.ProcessAsync(job, batch, Token);
        var calls = _fixture.Gate.Calls;
        await _fixture.DispatchAsync(job, batch);

        var outcome = await _fixture.Consumer.ConsumeOneAsync(_fixture.Queue, TimeSpan.Zero, Token);

        Assert.Equal(BatchDisposition.Completed, outcome!.Disposition);
        Assert.True(outcome.AlreadyDone);
        Assert.Equal(0, outcome.TokensIn);
        Assert.Equal(calls, _fixture.Gate.Calls);
    }

    [Fact]
    public async Task ConsumeOneAsync_PlanMissing_DeadLettersWithPlanNotFound()
    {
        var job = _fixture.Job();
        var message = await _fixture.DispatchAsync(job, await _fixture.BatchAsync("b000000", "a.txt"));
        await _fixture.Results.DeleteAsync(message.PlanPath, Token);

        var outcome = await _fixture.Consumer.ConsumeOneAsync(_fixture.Queue, TimeSpan.Zero, Token);

        Assert.Equal(BatchDisposition.DeadLettered, outcome!.Disposition);
        Assert.Equal(BatchDeadLetterReasons.PlanNotFound, outcome.Reason);
        var dead = Assert.Single(_fixture.Queue.DeadLetters);
        Assert.Equal(BatchDeadLetterReasons.PlanNotFound, dead.Reason);
        Assert.Contains(message.PlanPath, dead.Description, StringComparison.Ordinal);
        Assert.Null(await _fixture.ManifestAsync(job, "b000000"));
    }

    [Fact]
    public async Task ConsumeOneAsync_ResultsLocationUnreadable_DeadLettersWithInvalidResultsLocation()
    {
        var message = await _fixture.DispatchAsync(_fixture.Job(), await _fixture.BatchAsync("b000000", "a.txt"));
        await (await _fixture.Queue.ReceiveAsync(TimeSpan.Zero, Token))!.CompleteAsync(Token);
        await _fixture.Queue.SendAsync(message with { ResultsLocation = "blob:results" }, Token);

        var outcome = await _fixture.Consumer.ConsumeOneAsync(_fixture.Queue, TimeSpan.Zero, Token);

        Assert.Equal(BatchDisposition.DeadLettered, outcome!.Disposition);
        Assert.Equal(BatchDeadLetterReasons.InvalidResultsLocation, Assert.Single(_fixture.Queue.DeadLetters).Reason);
    }

    [Fact]
    public async Task ConsumeOneAsync_PlanOfAnotherBatch_DeadLettersWithPlanMismatch()
    {
        var job = _fixture.Job();
        var other = await _fixture.DispatchAsync(job, await _fixture.BatchAsync("b000001", "b.txt"));
        await (await _fixture.Queue.ReceiveAsync(TimeSpan.Zero, Token))!.CompleteAsync(Token);
        var message = BatchPlans.CreateMessage(new ProcessBatchInput(job, new BatchPlan("b000000", [])), 1, DateTimeOffset.UtcNow.AddMinutes(5)) with { PlanPath = other.PlanPath };
        await _fixture.Queue.SendAsync(message, Token);

        var outcome = await _fixture.Consumer.ConsumeOneAsync(_fixture.Queue, TimeSpan.Zero, Token);

        Assert.Equal(BatchDeadLetterReasons.PlanMismatch, outcome!.Reason);
    }

    [Fact]
    public async Task ConsumeOneAsync_ManifestWriteFails_AbandonsForAnotherDelivery()
    {
        var resolver = _fixture.Resolver;
        var failing = resolver.Attach(new ManifestWriteFailingStore(_fixture.Results));
        var job = _fixture.Job() with { Results = failing };
        var batch = await _fixture.BatchAsync("b000000", "a.txt");
        await BatchPlans.WriteAsync(_fixture.Results, new ProcessBatchInput(job, batch), Token);
        await _fixture.Queue.SendAsync(BatchPlans.CreateMessage(new ProcessBatchInput(job, batch), 1, DateTimeOffset.UtcNow.AddMinutes(5)), Token);

        var outcome = await _fixture.Consumer.ConsumeOneAsync(_fixture.Queue, TimeSpan.Zero, Token);

        Assert.Equal(BatchDisposition.Abandoned, outcome!.Disposition);
        Assert.Contains("IOException", outcome.Reason, StringComparison.Ordinal);
        var again = await _fixture.Queue.ReceiveAsync(TimeSpan.Zero, Token);
        Assert.Equal(2, again!.DeliveryCount);
        await again.DisposeAsync();
    }

    [Fact]
    public async Task ConsumeOneAsync_FailsOnEveryDelivery_DeadLettersOnTheLastWithTheReason()
    {
        var failing = _fixture.Resolver.Attach(new ManifestWriteFailingStore(_fixture.Results));
        var job = _fixture.Job() with { Results = failing };
        var plan = new ProcessBatchInput(job, await _fixture.BatchAsync("b000000", "a.txt"));
        await BatchPlans.WriteAsync(_fixture.Results, plan, Token);
        await _fixture.Queue.SendAsync(BatchPlans.CreateMessage(plan, 1, DateTimeOffset.UtcNow.AddMinutes(5)), Token);

        var outcomes = new List<BatchOutcome>();
        while (await _fixture.Consumer.ConsumeOneAsync(_fixture.Queue, TimeSpan.Zero, Token) is { } outcome)
        {
            outcomes.Add(outcome);
        }

        Assert.Equal([BatchDisposition.Abandoned, BatchDisposition.Abandoned, BatchDisposition.Abandoned], outcomes.Select(o => o.Disposition));
        var dead = Assert.Single(_fixture.Queue.DeadLetters);
        Assert.Equal(DeadLetterReasons.MaxDeliveryCountExceeded, dead.Reason);
        Assert.Contains("The device is not ready.", dead.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsumeOneAsync_CancelledMidBatch_AbandonsSoTheBatchComesBack()
    {
        var job = _fixture.Job();
        await _fixture.DispatchAsync(job, await _fixture.BatchAsync("b000000", "a.txt", "b.txt"));
        _fixture.Gate.FreeDocuments = 1;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var consuming = _fixture.Consumer.ConsumeOneAsync(_fixture.Queue, TimeSpan.Zero, stop.Token);
        while (_fixture.Gate.Calls < 2)
        {
            await Task.Delay(10, Token);
        }

        await stop.CancelAsync();
        var outcome = await consuming;

        Assert.Equal(BatchDisposition.Abandoned, outcome!.Disposition);
        Assert.Null(await _fixture.ManifestAsync(job, "b000000"));
        _fixture.Gate.Open();
        var redelivered = await _fixture.Consumer.ConsumeOneAsync(_fixture.Queue, TimeSpan.Zero, Token);
        Assert.Equal(2, redelivered!.DeliveryCount);
        Assert.Equal(BatchDisposition.Completed, redelivered.Disposition);
        Assert.Equal(1, redelivered.Counts!.Reused);
    }

    [Fact]
    public async Task RunAsync_ThreeBatches_CompletesEachOnceUntilCancelled()
    {
        var job = _fixture.Job();
        for (var i = 0; i < 3; i++)
        {
            await _fixture.DispatchAsync(job, await _fixture.BatchAsync(BatchPlan.IdFor(i), $"d{i}.txt"));
        }

        var outcomes = new List<BatchOutcome>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var reporter = new Reporter(outcome =>
        {
            lock (outcomes)
            {
                outcomes.Add(outcome);
                if (outcomes.Count == 3)
                {
                    stop.Cancel();
                }
            }
        });

        await _fixture.Consumer.RunAsync(_fixture.Queue, reporter, stop.Token);

        Assert.Equal(["b000000", "b000001", "b000002"], outcomes.Select(o => o.Message.BatchId).Order(StringComparer.Ordinal));
        Assert.All(outcomes, o => Assert.Equal(BatchDisposition.Completed, o.Disposition));
        for (var i = 0; i < 3; i++)
        {
            Assert.NotNull(await _fixture.ManifestAsync(job, BatchPlan.IdFor(i)));
        }
    }

    private sealed class Reporter(Action<BatchOutcome> report) : IProgress<BatchOutcome>
    {
        public void Report(BatchOutcome value) => report(value);
    }
}
