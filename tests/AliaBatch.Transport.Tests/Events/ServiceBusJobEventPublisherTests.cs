using AliaBatch.Transport.Events;
using Xunit;

namespace AliaBatch.Transport.Tests.Events;

public sealed class ServiceBusJobEventPublisherTests
{
    [Fact]
    public async Task PublishAsync_Event_SendsJsonWithEventIdAsMessageIdAndTypeAsSubject()
    {
        var fake = new FakeServiceBusSender();
        var publisher = new ServiceBusJobEventPublisher(fake);
        var jobEvent = JobEvents.Completed();

        await publisher.PublishAsync(jobEvent, TestContext.Current.CancellationToken);

        var sent = Assert.Single(fake.Sent);
        Assert.Equal("job.completedWithErrors:job-1:run-7", sent.MessageId);
        Assert.Equal("job.completedWithErrors", sent.Subject);
        Assert.Equal("application/json", sent.ContentType);
        Assert.Equal("job-1", sent.CorrelationId);
        Assert.Equal("job-1", sent.ApplicationProperties["jobId"]);
        Assert.Equal("job.completedWithErrors", sent.ApplicationProperties["type"]);
        Assert.Equal("run-7", sent.ApplicationProperties["runId"]);
        Assert.Equal(jobEvent.ToJson(), sent.Body.ToString());
    }

    [Fact]
    public async Task PublishAsync_SameEventTwice_SendsTheSameMessageIdSoTheTopicDeduplicates()
    {
        var fake = new FakeServiceBusSender();
        var publisher = new ServiceBusJobEventPublisher(fake);

        await publisher.PublishAsync(JobEvents.Completed(), TestContext.Current.CancellationToken);
        await publisher.PublishAsync(JobEvents.Completed(), TestContext.Current.CancellationToken);

        Assert.Equal(2, fake.Sent.Count);
        Assert.Equal(fake.Sent[0].MessageId, fake.Sent[1].MessageId);
    }

    [Fact]
    public async Task PublishAsync_Null_ThrowsAndSendsNothing()
    {
        var fake = new FakeServiceBusSender();
        var publisher = new ServiceBusJobEventPublisher(fake);

        await Assert.ThrowsAsync<ArgumentNullException>(() => publisher.PublishAsync(null!, TestContext.Current.CancellationToken));

        Assert.Empty(fake.Sent);
    }
}
