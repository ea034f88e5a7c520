using AliaBatch.Orchestration.Dispatch;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Testing;
using AliaBatch.Transport;
using AliaBatch.Transport.StorageQueues;
using Xunit;

namespace AliaBatch.Orchestration.Tests.Dispatch;

/// <summary>The consumer on the Storage queue transport, against a real Azurite.</summary>
public sealed class StorageQueueBatchConsumerTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private readonly DispatchFixture _fixture = new();
    private StorageQueueBatchTransport _queue = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _queue = BatchTransports.CreateStorageQueue(
            new StorageQueueTransportOptions { ConnectionString = azurite.ConnectionString, QueueName = "batches-" + Guid.NewGuid().ToString("N")[..12] },
            new TransportOptions { MaxDeliveryCount = 2, LockDuration = TimeSpan.FromMinutes(1) });
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task ConsumeOneAsync_StorageQueueBatch_ProcessesThenDeletesTheMessage()
    {
        var job = _fixture.Job();
        var message = await _fixture.DispatchAsync(job, await _fixture.BatchAsync("b000000", "a.txt", "b.txt"), _queue);

        var outcome = await _fixture.Consumer.ConsumeOneAsync(_queue, TimeSpan.FromSeconds(10), Token);

        Assert.Equal(BatchDisposition.Completed, outcome!.Disposition);
        Assert.Equal(message, outcome.Message);
        Assert.Equal(new BatchCounts(2, 2, 0, 0, 0, 2), outcome.Counts);
        Assert.NotNull(await _fixture.ManifestAsync(job, "b000000"));
        Assert.Null(await _queue.ReceiveAsync(TimeSpan.Zero, Token));
        Assert.Empty(await _queue.PeekDeadLettersAsync(cancellationToken: Token));
    }

    [Fact]
    public async Task ConsumeOneAsync_PlanMissing_EndsInThePoisonQueueWithTheReason()
    {
        var job = _fixture.Job();
        var message = await _fixture.DispatchAsync(job, await _fixture.BatchAsync("b000000", "a.txt"), _queue);
        await _fixture.Results.DeleteAsync(message.PlanPath, Token);

        var outcome = await _fixture.Consumer.ConsumeOneAsync(_queue, TimeSpan.FromSeconds(10), Token);

        Assert.Equal(BatchDisposition.DeadLettered, outcome!.Disposition);
        var poison = Assert.Single(await _queue.PeekDeadLettersAsync(cancellationToken: Token));
        Assert.Equal(BatchDeadLetterReasons.PlanNotFound, poison.Reason);
        Assert.Contains(message.PlanPath, poison.Description, StringComparison.Ordinal);
        Assert.Equal(message, InferenceBatchMessage.Parse(poison.Body));
        Assert.Null(await _queue.ReceiveAsync(TimeSpan.Zero, Token));
    }
}
