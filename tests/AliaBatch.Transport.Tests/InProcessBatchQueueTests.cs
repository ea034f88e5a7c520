using AliaBatch.Transport;
using AliaBatch.Transport.InProcess;
using Xunit;

namespace AliaBatch.Transport.Tests;

public sealed class InProcessBatchQueueTests : BatchTransportContractTests
{
    protected override Task<TransportUnderTest> CreateAsync(TimeSpan lockDuration, int maxDeliveryCount, TimeSpan maxLockRenewalDuration)
    {
        var queue = new InProcessBatchQueue(new TransportOptions
        {
            LockDuration = lockDuration,
            MaxDeliveryCount = maxDeliveryCount,
            MaxLockRenewalDuration = maxLockRenewalDuration,
        });
        return Task.FromResult(new TransportUnderTest(queue, queue, _ => Task.FromResult(queue.DeadLetters)));
    }

    [Fact]
    public async Task SendAsync_InvalidMessage_ThrowsFormatExceptionNamingTheField()
    {
        var queue = new InProcessBatchQueue(new TransportOptions());

        var exception = await Assert.ThrowsAsync<FormatException>(() => queue.SendAsync(Messages.Batch() with { PlanPath = "" }, Token));

        Assert.Contains("planPath", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReceiveAsync_Cancelled_ThrowsOperationCanceled()
    {
        var queue = new InProcessBatchQueue(new TransportOptions());
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queue.ReceiveAsync(TimeSpan.FromSeconds(30), cancellation.Token));
    }
}
