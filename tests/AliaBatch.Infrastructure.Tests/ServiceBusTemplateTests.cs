using AliaBatch.Infrastructure.Tests.Arm;
using Xunit;

namespace AliaBatch.Infrastructure.Tests;

/// <summary>modules/service-bus.bicep as main.bicep uses it.</summary>
public sealed class ServiceBusTemplateTests(CompiledTemplates templates)
{
    private ArmTemplate ServiceBus => templates.Main.Module("service-bus");

    [Fact]
    public void Namespace_LocalAuth_IsDisabled()
    {
        // Arrange
        var properties = ServiceBus.Resource("Microsoft.ServiceBus/namespaces").GetProperty("properties");

        // Act
        var disableLocalAuth = properties.GetProperty("disableLocalAuth").GetBoolean();

        // Assert
        Assert.True(disableLocalAuth);
        Assert.Equal("1.2", properties.GetProperty("minimumTlsVersion").GetString());
    }

    [Fact]
    public void InferenceQueue_Delivery_DeadLettersWithBoundedRetriesAndLongLock()
    {
        // Arrange
        var queue = ServiceBus.Resource("Microsoft.ServiceBus/namespaces/queues");
        var properties = queue.GetProperty("properties");

        // Act
        var lockDuration = ServiceBus.ResolveString(properties.GetProperty("lockDuration"));
        var maxDeliveryCount = ServiceBus.Resolve(properties.GetProperty("maxDeliveryCount")).GetInt32();

        // Assert
        Assert.Equal("inference-batches", ServiceBus.Parameter("queueName").GetString());
        Assert.True(properties.GetProperty("deadLetteringOnMessageExpiration").GetBoolean());
        Assert.True(properties.GetProperty("requiresDuplicateDetection").GetBoolean());
        Assert.Equal("PT5M", lockDuration);
        Assert.Equal(5, maxDeliveryCount);
        Assert.Equal(5, templates.MainWith("main.prod.bicepparam").Module("service-bus").Parameter("queueMaxDeliveryCount").GetInt32());
    }

    [Fact]
    public void EventsTopic_Created_HasASubscription()
    {
        // Arrange
        var subscription = ServiceBus.Resource("Microsoft.ServiceBus/namespaces/topics/subscriptions");

        // Act
        var topicName = ServiceBus.Parameter("topicName").GetString();
        var subscriptionName = ServiceBus.Parameter("topicSubscriptionName").GetString();

        // Assert
        Assert.Equal("job-events", topicName);
        Assert.False(string.IsNullOrEmpty(subscriptionName));
        Assert.Contains("parameters('topicName')", subscription.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.True(subscription.GetProperty("properties").GetProperty("deadLetteringOnMessageExpiration").GetBoolean());
    }
}
