using System.Collections.Concurrent;
using AliaBatch.Transport;
using Xunit;

namespace AliaBatch.Transport.Tests;

/// <summary>
/// The delivery behaviour every <see cref="IBatchSender"/>/<see cref="IBatchReceiver"/> pair must show; each transport
/// runs all of it. Locks are a few seconds long, and waits for a lock to run out are bounded receive loops.
/// </summary>
public abstract class BatchTransportContractTests
{
    private static readonly TimeSpan s_shortLock = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan s_longLock = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_noRenewal = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan s_renewForever = TimeSpan.FromHours(1);
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan s_briefWait = TimeSpan.FromMilliseconds(300);

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A fresh, empty transport (its own queue) with these delivery rules.</summary>
    protected abstract Task<TransportUnderTest> CreateAsync(TimeSpan lockDuration, int maxDeliveryCount, TimeSpan maxLockRenewalDuration);

    private Task<TransportUnderTest> CreateAsync(TimeSpan lockDuration, int maxDeliveryCount = 5) =>
        CreateAsync(lockDuration, maxDeliveryCount, s_renewForever);

    [Fact]
    public async Task ReceiveAsync_AfterSend_DeliversTheMessageOnceWithDeliveryCountOne()
    {
        var transport = await CreateAsync(s_longLock);
        var sent = Messages.Batch();

        await transport.Sender.SendAsync(sent, Token);
        await using var received = await transport.Receiver.ReceiveAsync(s_patience, Token);
        Assert.NotNull(received);
        await received.CompleteAsync(Token);

        Assert.Equal(sent, received.Message);
        Assert.Equal(1, received.DeliveryCount);
        Assert.True(received.IsSettled);
        Assert.True(received.LockedUntil > DateTimeOffset.UtcNow);
        Assert.Null(await transport.Receiver.ReceiveAsync(s_briefWait, Token));
    }

    [Fact]
    public async Task ReceiveAsync_EmptyQueue_ReturnsNull()
    {
        var transport = await CreateAsync(s_longLock);

        Assert.Null(await transport.Receiver.ReceiveAsync(s_briefWait, Token));
    }

    [Fact]
    public async Task ReceiveAsync_WhileAnotherHoldsTheLock_ReturnsNull()
    {
        var transport = await CreateAsync(s_longLock);
        await transport.Sender.SendAsync(Messages.Batch(), Token);

        await using var first = await transport.Receiver.ReceiveAsync(s_patience, Token);
        var second = await transport.Receiver.ReceiveAsync(s_briefWait, Token);

        Assert.NotNull(first);
        Assert.Null(second);
    }

    [Fact]
    public async Task AbandonAsync_Redelivers_WithHigherDeliveryCount()
    {
        var transport = await CreateAsync(s_longLock);
        await transport.Sender.SendAsync(Messages.Batch(), Token);

        await using var first = await transport.Receiver.ReceiveAsync(s_patience, Token);
        await first!.AbandonAsync("transient: blob read timed out", Token);
        await using var second = await transport.Receiver.ReceiveAsync(s_patience, Token);

        Assert.NotNull(second);
        Assert.Equal(first.Message, second.Message);
        Assert.Equal(2, second.DeliveryCount);
        await second.CompleteAsync(Token);
    }

    [Fact]
    public async Task ReceiveAsync_LockRanOutUnsettled_RedeliversAndTheFirstHolderLosesTheLock()
    {
        var transport = await CreateAsync(s_shortLock, maxDeliveryCount: 5, maxLockRenewalDuration: s_noRenewal);
        await transport.Sender.SendAsync(Messages.Batch(), Token);
        await using var first = await transport.Receiver.ReceiveAsync(s_patience, Token);

        await using var second = await transport.Receiver.ReceiveAsync(s_patience, Token);
        var lost = await Assert.ThrowsAsync<BatchLockLostException>(() => first!.CompleteAsync(Token));

        Assert.NotNull(second);
        Assert.Equal(2, second.DeliveryCount);
        Assert.True(first!.LockLost.IsCancellationRequested);
        Assert.False(first.IsSettled);
        Assert.Contains(first.Message.MessageId, lost.Message, StringComparison.Ordinal);
        await second.CompleteAsync(Token);
    }

    [Fact]
    public async Task ReceivedBatch_WithAutomaticRenewal_StaysInvisiblePastItsLockDuration()
    {
        var renewedLock = TimeSpan.FromSeconds(3);
        var transport = await CreateAsync(renewedLock);
        await transport.Sender.SendAsync(Messages.Batch(), Token);
        await using var held = await transport.Receiver.ReceiveAsync(s_patience, Token);
        var firstLockedUntil = held!.LockedUntil;

        // Two lock durations: without renewal the message would be visible again well before this returns.
        var competitor = await transport.Receiver.ReceiveAsync(renewedLock * 2, Token);
        await held.CompleteAsync(Token);

        Assert.Null(competitor);
        Assert.True(held.LockedUntil > firstLockedUntil);
        Assert.False(held.LockLost.IsCancellationRequested);
    }

    [Fact]
    public async Task RenewLockAsync_ExtendsTheLock()
    {
        var transport = await CreateAsync(s_longLock);
        await transport.Sender.SendAsync(Messages.Batch(), Token);
        await using var held = await transport.Receiver.ReceiveAsync(s_patience, Token);
        var before = held!.LockedUntil;
        await Task.Delay(TimeSpan.FromMilliseconds(1100), Token);

        await held.RenewLockAsync(Token);

        Assert.True(held.LockedUntil > before);
        await held.CompleteAsync(Token);
    }

    [Fact]
    public async Task AbandonAsync_OnTheLastAllowedDelivery_DeadLettersWithTheReason()
    {
        var transport = await CreateAsync(s_longLock, maxDeliveryCount: 2);
        var sent = Messages.Batch();
        await transport.Sender.SendAsync(sent, Token);

        await using (var first = await transport.Receiver.ReceiveAsync(s_patience, Token))
        {
            await first!.AbandonAsync("first failure", Token);
        }

        await using (var second = await transport.Receiver.ReceiveAsync(s_patience, Token))
        {
            Assert.Equal(2, second!.DeliveryCount);
            await second.AbandonAsync("model pack missing", Token);
        }

        var deadLetters = await transport.ReadDeadLettersAsync(Token);
        var deadLetter = Assert.Single(deadLetters);
        Assert.Equal(DeadLetterReasons.MaxDeliveryCountExceeded, deadLetter.Reason);
        Assert.Contains("model pack missing", deadLetter.Description, StringComparison.Ordinal);
        Assert.Equal(sent.MessageId, deadLetter.MessageId);
        Assert.Equal(sent, InferenceBatchMessage.Parse(deadLetter.Body));
        Assert.Equal(2, deadLetter.DeliveryCount);
        Assert.Null(await transport.Receiver.ReceiveAsync(s_briefWait, Token));
    }

    [Fact]
    public async Task ReceiveAsync_LockRanOutOnEveryAllowedDelivery_DeadLettersInsteadOfDelivering()
    {
        var transport = await CreateAsync(s_shortLock, maxDeliveryCount: 1, maxLockRenewalDuration: s_noRenewal);
        await transport.Sender.SendAsync(Messages.Batch(), Token);
        await using var crashed = await transport.Receiver.ReceiveAsync(s_patience, Token);
        Assert.NotNull(crashed);

        IReadOnlyList<DeadLetteredBatch> deadLetters = [];
        for (var attempt = 0; attempt < 10 && deadLetters.Count == 0; attempt++)
        {
            Assert.Null(await transport.Receiver.ReceiveAsync(s_shortLock, Token));
            deadLetters = await transport.ReadDeadLettersAsync(Token);
        }

        var deadLetter = Assert.Single(deadLetters);
        Assert.Equal(DeadLetterReasons.MaxDeliveryCountExceeded, deadLetter.Reason);
        Assert.Equal(crashed.Message.MessageId, deadLetter.MessageId);
        Assert.Equal(1, deadLetter.DeliveryCount);
    }

    [Fact]
    public async Task DeadLetterAsync_RecordsReasonAndDescription_AndRemovesTheMessage()
    {
        var transport = await CreateAsync(s_longLock);
        await transport.Sender.SendAsync(Messages.Batch(), Token);

        await using var held = await transport.Receiver.ReceiveAsync(s_patience, Token);
        await held!.DeadLetterAsync("PlanNotFound", "No plan at job-0123456789abcdef/_batches/run-1/b000001.plan.json", Token);

        var deadLetter = Assert.Single(await transport.ReadDeadLettersAsync(Token));
        Assert.Equal("PlanNotFound", deadLetter.Reason);
        Assert.Equal("No plan at job-0123456789abcdef/_batches/run-1/b000001.plan.json", deadLetter.Description);
        Assert.Equal(1, deadLetter.DeliveryCount);
        Assert.Null(await transport.Receiver.ReceiveAsync(s_briefWait, Token));
    }

    [Fact]
    public async Task CompleteAsync_Twice_ThrowsInvalidOperation()
    {
        var transport = await CreateAsync(s_longLock);
        await transport.Sender.SendAsync(Messages.Batch(), Token);
        await using var held = await transport.Receiver.ReceiveAsync(s_patience, Token);
        await held!.CompleteAsync(Token);

        await Assert.ThrowsAsync<InvalidOperationException>(() => held.AbandonAsync("again", Token));
    }

    [Fact]
    public async Task ReceiveAsync_CompetingReceivers_CompleteEachMessageExactlyOnce()
    {
        const int count = 40;
        var transport = await CreateAsync(s_longLock);
        for (var number = 1; number <= count; number++)
        {
            await transport.Sender.SendAsync(Messages.Batch(number), Token);
        }

        var completed = new ConcurrentBag<string>();
        async Task ConsumeAsync()
        {
            while (completed.Count < count)
            {
                await using var received = await transport.Receiver.ReceiveAsync(s_briefWait, Token);
                if (received is not null)
                {
                    await received.CompleteAsync(Token);
                    completed.Add(received.Message.BatchId);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(ConsumeAsync, Token))).WaitAsync(TimeSpan.FromSeconds(60), Token);

        Assert.Equal(count, completed.Count);
        Assert.Equal(count, completed.Distinct(StringComparer.Ordinal).Count());
        Assert.Null(await transport.Receiver.ReceiveAsync(s_briefWait, Token));
    }
}
