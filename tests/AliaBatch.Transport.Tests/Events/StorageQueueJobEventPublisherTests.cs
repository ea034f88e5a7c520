using System.Text;
using AliaBatch.Testing;
using AliaBatch.Transport.Events;
using Azure.Storage.Queues;
using Xunit;

namespace AliaBatch.Transport.Tests.Events;

public sealed class StorageQueueJobEventPublisherTests(AzuriteFixture azurite)
{
    private readonly string _queueName = "events-" + Guid.NewGuid().ToString("N")[..12];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PublishAsync_NewQueue_CreatesItAndSendsTheEventAsBase64Json()
    {
        var publisher = new StorageQueueJobEventPublisher(
            JobEventServiceCollectionExtensions.CreateQueue(new JobEventOptions { ConnectionString = azurite.ConnectionString, QueueName = _queueName }));
        var jobEvent = JobEvents.Completed();

        await publisher.PublishAsync(jobEvent, Token);
        var raw = (await new QueueClient(azurite.ConnectionString, _queueName).PeekMessageAsync(Token)).Value;

        var body = Encoding.UTF8.GetString(Convert.FromBase64String(raw.Body.ToString()));
        Assert.Equal(jobEvent.ToJson(), body);
        Assert.Equal(_queueName, publisher.QueueName);
    }

    [Fact]
    public async Task PublishAsync_TwoEvents_BothArriveInOrder()
    {
        var publisher = new StorageQueueJobEventPublisher(
            JobEventServiceCollectionExtensions.CreateQueue(new JobEventOptions { ConnectionString = azurite.ConnectionString, QueueName = _queueName }));

        await publisher.PublishAsync(JobEvents.Completed("job-a"), Token);
        await publisher.PublishAsync(JobEvents.Completed("job-b"), Token);
        var peeked = (await new QueueClient(azurite.ConnectionString, _queueName, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 })
            .PeekMessagesAsync(maxMessages: 10, Token)).Value;

        Assert.Equal(["job-a", "job-b"], peeked.Select(m => JobEvent.Parse(m.Body.ToString()).JobId));
    }
}
