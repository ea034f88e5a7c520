using AliaBatch.Transport;
using AliaBatch.Transport.ServiceBus;
using Azure.Messaging.ServiceBus;
using Xunit;

namespace AliaBatch.Transport.Tests;

public sealed class ServiceBusBatchReceiverTests
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(1);
    private readonly FakeServiceBusReceiver _fake = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReceiveAsync_Message_ReturnsTheBatchWithTheBrokersDeliveryCount()
    {
        var batch = Messages.Batch();
        _fake.Enqueue(ServiceBusMessages.Received(batch, deliveryCount: 3));

        await using var received = await CreateReceiver().ReceiveAsync(s_wait, Token);

        Assert.NotNull(received);
        Assert.Equal(batch, received.Message);
        Assert.Equal(3, received.DeliveryCount);
        Assert.Equal(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero), received.EnqueuedAt);
    }

    [Fact]
    public async Task ReceiveAsync_NothingArrived_ReturnsNull()
    {
        Assert.Null(await CreateReceiver().ReceiveAsync(s_wait, Token));
    }

    [Fact]
    public async Task CompleteAsync_CompletesTheLockedMessage()
    {
        var message = ServiceBusMessages.Received(Messages.Batch());
        _fake.Enqueue(message);

        await using var received = await CreateReceiver().ReceiveAsync(s_wait, Token);
        await received!.CompleteAsync(Token);

        Assert.Same(message, Assert.Single(_fake.Completed));
        Assert.Empty(_fake.Abandoned);
        Assert.Empty(_fake.DeadLettered);
    }

    [Fact]
    public async Task AbandonAsync_BeforeTheLastDelivery_AbandonsWithTheReasonAsAProperty()
    {
        _fake.Enqueue(ServiceBusMessages.Received(Messages.Batch(), deliveryCount: 1));

        await using var received = await CreateReceiver().ReceiveAsync(s_wait, Token);
        await received!.AbandonAsync("storage throttled", Token);

        var (_, properties) = Assert.Single(_fake.Abandoned);
        Assert.Equal("storage throttled", properties!["AbandonReason"]);
        Assert.Empty(_fake.DeadLettered);
    }

    [Fact]
    public async Task AbandonAsync_OnTheLastDelivery_DeadLettersWithReasonAndDescription()
    {
        _fake.Enqueue(ServiceBusMessages.Received(Messages.Batch(), deliveryCount: 5));

        await using var received = await CreateReceiver(maxDeliveryCount: 5).ReceiveAsync(s_wait, Token);
        await received!.AbandonAsync("CUDA out of memory", Token);

        var (_, reason, description) = Assert.Single(_fake.DeadLettered);
        Assert.Equal(DeadLetterReasons.MaxDeliveryCountExceeded, reason);
        Assert.Contains("CUDA out of memory", description, StringComparison.Ordinal);
        Assert.Empty(_fake.Abandoned);
    }

    [Fact]
    public async Task DeadLetterAsync_PassesReasonAndDescriptionToTheBroker()
    {
        _fake.Enqueue(ServiceBusMessages.Received(Messages.Batch()));

        await using var received = await CreateReceiver().ReceiveAsync(s_wait, Token);
        await received!.DeadLetterAsync("PlanNotFound", "No plan at job/_batches/run-1/b000001.plan.json", Token);

        var (_, reason, description) = Assert.Single(_fake.DeadLettered);
        Assert.Equal("PlanNotFound", reason);
        Assert.Equal("No plan at job/_batches/run-1/b000001.plan.json", description);
        Assert.True(received.IsSettled);
    }

    [Fact]
    public async Task DeadLetterAsync_LongDescription_IsCutToTheHeaderLimit()
    {
        _fake.Enqueue(ServiceBusMessages.Received(Messages.Batch()));

        await using var received = await CreateReceiver().ReceiveAsync(s_wait, Token);
        await received!.DeadLetterAsync("Crash", new string('x', 10_000), Token);

        Assert.Equal(4096, Assert.Single(_fake.DeadLettered).Description.Length);
    }

    [Fact]
    public async Task ReceiveAsync_MalformedBody_DeadLettersItAndReturnsTheNextMessage()
    {
        _fake.Enqueue(ServiceBusMessages.Received("{\"jobId\":\"j\"", "broken-1"));
        _fake.Enqueue(ServiceBusMessages.Received(Messages.Batch(2)));

        await using var received = await CreateReceiver().ReceiveAsync(s_wait, Token);

        Assert.Equal("b000002", received!.Message.BatchId);
        var (message, reason, description) = Assert.Single(_fake.DeadLettered);
        Assert.Equal("broken-1", message.MessageId);
        Assert.Equal(DeadLetterReasons.MalformedMessage, reason);
        Assert.Contains("not valid JSON", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReceiveAsync_DeliveredMoreThanTheMaximum_DeadLettersInsteadOfReturning()
    {
        _fake.Enqueue(ServiceBusMessages.Received(Messages.Batch(), deliveryCount: 4));

        var received = await CreateReceiver(maxDeliveryCount: 3).ReceiveAsync(s_wait, Token);

        Assert.Null(received);
        Assert.Equal(DeadLetterReasons.MaxDeliveryCountExceeded, Assert.Single(_fake.DeadLettered).Reason);
    }

    [Fact]
    public async Task ReceivedBatch_Unsettled_RenewsItsLockAutomatically()
    {
        _fake.Enqueue(ServiceBusMessages.Received(Messages.Batch(), lockDuration: TimeSpan.FromMilliseconds(400)));

        await using var received = await CreateReceiver().ReceiveAsync(s_wait, Token);
        for (var attempt = 0; attempt < 100 && _fake.Renewals < 2; attempt++)
        {
            await Task.Delay(50, Token);
        }

        Assert.True(_fake.Renewals >= 2, $"Renewed {_fake.Renewals} times.");
        await received!.CompleteAsync(Token);
    }

    [Fact]
    public async Task ReceivedBatch_AfterSettling_StopsRenewing()
    {
        _fake.Enqueue(ServiceBusMessages.Received(Messages.Batch(), lockDuration: TimeSpan.FromMilliseconds(200)));

        await using var received = await CreateReceiver().ReceiveAsync(s_wait, Token);
        await received!.CompleteAsync(Token);
        var renewalsAtSettle = _fake.Renewals;
        await received.DisposeAsync();

        Assert.Equal(renewalsAtSettle, _fake.Renewals);
    }

    [Fact]
    public async Task ReceivedBatch_RenewalFindsTheLockLost_CancelsLockLost()
    {
        _fake.Enqueue(ServiceBusMessages.Received(Messages.Batch(), lockDuration: TimeSpan.FromMilliseconds(200)));
        await using var received = await CreateReceiver().ReceiveAsync(s_wait, Token);

        _fake.LockLost = true;
        for (var attempt = 0; attempt < 100 && !received!.LockLost.IsCancellationRequested; attempt++)
        {
            await Task.Delay(50, Token);
        }

        Assert.True(received!.LockLost.IsCancellationRequested);
        await Assert.ThrowsAsync<BatchLockLostException>(() => received.CompleteAsync(Token));
        Assert.Empty(_fake.Completed);
    }

    [Fact]
    public async Task CompleteAsync_LockLostAtTheBroker_ThrowsBatchLockLost()
    {
        _fake.Enqueue(ServiceBusMessages.Received(Messages.Batch()));
        await using var received = await CreateReceiver().ReceiveAsync(s_wait, Token);
        _fake.LockLost = true;

        var exception = await Assert.ThrowsAsync<BatchLockLostException>(() => received!.CompleteAsync(Token));

        Assert.IsType<ServiceBusException>(exception.InnerException);
        Assert.True(received!.LockLost.IsCancellationRequested);
        Assert.False(received.IsSettled);
    }

    [Fact]
    public async Task RenewLockAsync_CallsTheBroker()
    {
        _fake.Enqueue(ServiceBusMessages.Received(Messages.Batch()));
        await using var received = await CreateReceiver().ReceiveAsync(s_wait, Token);

        await received!.RenewLockAsync(Token);

        Assert.Equal(1, _fake.Renewals);
    }

    [Fact]
    public void Constructor_ReceiveAndDeleteReceiver_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new ServiceBusBatchReceiver(new FakeServiceBusReceiver(ServiceBusReceiveMode.ReceiveAndDelete), new TransportOptions()));

        Assert.Contains("peek-lock", exception.Message, StringComparison.Ordinal);
    }

    private ServiceBusBatchReceiver CreateReceiver(int maxDeliveryCount = 5) =>
        new(_fake, new TransportOptions { MaxDeliveryCount = maxDeliveryCount });
}
