using AliaBatch.Transport;
using AliaBatch.Transport.ServiceBus;
using Xunit;

namespace AliaBatch.Transport.Tests;

public sealed class ServiceBusBatchSenderTests
{
    [Fact]
    public async Task SendAsync_Message_CarriesJsonBodyAndIdsForDuplicateDetection()
    {
        var fake = new FakeServiceBusSender();
        var sender = new ServiceBusBatchSender(fake);
        var batch = Messages.Batch(7, attempt: 2);

        await sender.SendAsync(batch, TestContext.Current.CancellationToken);

        var sent = Assert.Single(fake.Sent);
        Assert.Equal("job-0123456789abcdef:run-1:b000007:2", sent.MessageId);
        Assert.Equal(batch, InferenceBatchMessage.Parse(sent.Body.ToString()));
        Assert.Equal("application/json", sent.ContentType);
        Assert.Equal(ServiceBusBatchSender.Subject, sent.Subject);
        Assert.Equal(batch.JobId, sent.CorrelationId);
        Assert.Equal("b000007", sent.ApplicationProperties["batchId"]);
        Assert.Equal(2, sent.ApplicationProperties["attempt"]);
    }

    [Fact]
    public async Task SendAsync_InvalidMessage_SendsNothing()
    {
        var fake = new FakeServiceBusSender();
        var sender = new ServiceBusBatchSender(fake);

        await Assert.ThrowsAsync<FormatException>(() => sender.SendAsync(Messages.Batch() with { Attempt = 0 }, TestContext.Current.CancellationToken));

        Assert.Empty(fake.Sent);
    }
}
