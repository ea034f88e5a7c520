using AliaBatch.Transport;
using AliaBatch.Transport.InProcess;
using AliaBatch.Worker.Consuming;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace AliaBatch.Worker.Tests;

public sealed class StoppableBatchReceiverTests
{
    private static readonly InferenceBatchMessage s_message = new("job", "run", "b000001", 1, DateTimeOffset.UnixEpoch.AddDays(1), "job/_plans/run/b000001.json", "{}");
    private readonly InProcessBatchQueue _queue = new(new TransportOptions());

    [Fact]
    public async Task ReceiveAsync_Running_ReturnsTheBatch()
    {
        await _queue.SendAsync(s_message, TestContext.Current.CancellationToken);
        var receiver = Create(TimeSpan.Zero, CancellationToken.None);

        await using var batch = await receiver.ReceiveAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.Equal(s_message.MessageId, batch!.Message.MessageId);
    }

    [Fact]
    public async Task ReceiveAsync_AfterStopping_ReturnsNullAndLeavesTheBatchQueued()
    {
        await _queue.SendAsync(s_message, TestContext.Current.CancellationToken);
        var receiver = Create(TimeSpan.Zero, new CancellationToken(canceled: true));

        var batch = await receiver.ReceiveAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.Null(batch);
        await using var queued = await _queue.ReceiveAsync(TimeSpan.Zero, TestContext.Current.CancellationToken);
        Assert.Equal(1, queued!.DeliveryCount);
    }

    [Fact]
    public async Task ReceiveAsync_StoppedWhileWaiting_ReturnsNull()
    {
        using var stopping = new CancellationTokenSource();
        var receiver = Create(TimeSpan.Zero, stopping.Token);

        var waiting = receiver.ReceiveAsync(TimeSpan.FromMinutes(10), TestContext.Current.CancellationToken);
        await stopping.CancelAsync();

        Assert.Null(await waiting);
    }

    [Fact]
    public async Task ReceiveAsync_CancelledWhileHolding_AbandonsTheBatchForRedelivery()
    {
        await _queue.SendAsync(s_message, TestContext.Current.CancellationToken);
        using var hard = new CancellationTokenSource();
        var receiver = Create(TimeSpan.FromHours(1), CancellationToken.None);

        var holding = receiver.ReceiveAsync(TimeSpan.FromSeconds(5), hard.Token);
        await hard.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => holding);
        await using var again = await _queue.ReceiveAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        Assert.Equal(2, again!.DeliveryCount);
    }

    private StoppableBatchReceiver Create(TimeSpan hold, CancellationToken stopping) =>
        new(_queue, hold, TimeProvider.System, NullLogger.Instance, stopping);
}
