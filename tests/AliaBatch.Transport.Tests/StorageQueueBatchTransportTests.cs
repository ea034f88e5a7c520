using System.Text;
using AliaBatch.Testing;
using AliaBatch.Transport;
using AliaBatch.Transport.StorageQueues;
using Azure.Storage.Queues;
using Xunit;

[assembly: AssemblyFixture(typeof(AzuriteFixture))]

namespace AliaBatch.Transport.Tests;

public sealed class StorageQueueBatchTransportTests(AzuriteFixture azurite) : BatchTransportContractTests
{
    private readonly string _queueName = "batches-" + Guid.NewGuid().ToString("N")[..12];

    protected override Task<TransportUnderTest> CreateAsync(TimeSpan lockDuration, int maxDeliveryCount, TimeSpan maxLockRenewalDuration)
    {
        var transport = Create(new TransportOptions
        {
            LockDuration = lockDuration,
            MaxDeliveryCount = maxDeliveryCount,
            MaxLockRenewalDuration = maxLockRenewalDuration,
        });
        return Task.FromResult(new TransportUnderTest(transport, transport, ct => transport.PeekDeadLettersAsync(cancellationToken: ct)));
    }

    [Fact]
    public async Task SendAsync_Body_IsBase64JsonAsTheFunctionsQueueTriggerExpects()
    {
        var transport = Create(new TransportOptions());
        var sent = Messages.Batch();

        await transport.SendAsync(sent, Token);
        var raw = (await RawQueue(_queueName).PeekMessageAsync(Token)).Value;

        Assert.Equal(sent, InferenceBatchMessage.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(raw.Body.ToString()))));
    }

    [Fact]
    public async Task ReceiveAsync_BodyNotABatchMessage_MovesItToThePoisonQueueAndReturnsTheNextOne()
    {
        var transport = Create(new TransportOptions());
        await transport.SendAsync(Messages.Batch(), Token);
        var raw = RawQueue(_queueName);
        await raw.SendMessageAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"jobId\":\"j\"}")), Token);
        await transport.SendAsync(Messages.Batch(2), Token);

        await using var first = await transport.ReceiveAsync(TimeSpan.FromSeconds(10), Token);
        await using var second = await transport.ReceiveAsync(TimeSpan.FromSeconds(10), Token);

        Assert.Equal("b000001", first!.Message.BatchId);
        Assert.Equal("b000002", second!.Message.BatchId);
        var deadLetter = Assert.Single(await transport.PeekDeadLettersAsync(cancellationToken: Token));
        Assert.Equal(DeadLetterReasons.MalformedMessage, deadLetter.Reason);
        Assert.Contains("runId", deadLetter.Description, StringComparison.Ordinal);
        Assert.Equal("{\"jobId\":\"j\"}", deadLetter.Body);
    }

    [Fact]
    public async Task ReceiveAsync_BodyNotBase64_MovesItToThePoisonQueue()
    {
        var transport = Create(new TransportOptions());
        await transport.SendAsync(Messages.Batch(), Token);
        await RawQueue(_queueName).SendMessageAsync("not base64 at all!", Token);

        await using var first = await transport.ReceiveAsync(TimeSpan.FromSeconds(10), Token);
        var second = await transport.ReceiveAsync(TimeSpan.FromMilliseconds(500), Token);

        Assert.NotNull(first);
        Assert.Null(second);
        var deadLetter = Assert.Single(await transport.PeekDeadLettersAsync(cancellationToken: Token));
        Assert.Equal(DeadLetterReasons.MalformedMessage, deadLetter.Reason);
        Assert.Equal("not base64 at all!", deadLetter.Body);
    }

    [Fact]
    public void PoisonQueueName_IsTheQueueNameWithPoisonSuffix()
    {
        var transport = Create(new TransportOptions());

        Assert.Equal(_queueName, transport.QueueName);
        Assert.Equal(_queueName + "-poison", transport.PoisonQueueName);
    }

    [Fact]
    public void CreateStorageQueue_NotConfigured_ThrowsNamingTheKeys()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => BatchTransports.CreateStorageQueue(new StorageQueueTransportOptions(), new TransportOptions()));

        Assert.Contains("AliaBatch:StorageQueue:ConnectionString", exception.Message, StringComparison.Ordinal);
        Assert.Contains("AliaBatch:Storage:QueueAccountUrl", exception.Message, StringComparison.Ordinal);
    }

    private StorageQueueBatchTransport Create(TransportOptions transport) => BatchTransports.CreateStorageQueue(
        new StorageQueueTransportOptions { ConnectionString = azurite.ConnectionString, QueueName = _queueName, MaxPollInterval = TimeSpan.FromMilliseconds(200) },
        transport);

    private QueueClient RawQueue(string name) => new(azurite.ConnectionString, name);
}
