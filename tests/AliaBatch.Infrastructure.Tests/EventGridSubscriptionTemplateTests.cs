using System.Text.Json;
using Xunit;

namespace AliaBatch.Infrastructure.Tests;

/// <summary>eventgrid-subscription.bicep (phase 3) and the system topic main.bicep leaves for it.</summary>
public sealed class EventGridSubscriptionTemplateTests(CompiledTemplates templates)
{
    private JsonElement Subscription =>
        templates.EventGridSubscription.Resource("Microsoft.EventGrid/systemTopics/eventSubscriptions");

    [Fact]
    public void Destination_Webhook_CallsTheBlobsExtensionWithItsSystemKey()
    {
        // Arrange
        var destination = Subscription.GetProperty("properties").GetProperty("destination");

        // Act
        var endpoint = destination.GetProperty("properties").GetProperty("endpointUrl").GetString()!;

        // Assert
        Assert.Equal("WebHook", destination.GetProperty("endpointType").GetString());
        Assert.Contains("'https://{0}/runtime/webhooks/blobs?functionName=Host.Functions.{1}&code={2}'", endpoint, StringComparison.Ordinal);
        Assert.Contains("listKeys(format('{0}/host/default', resourceId('Microsoft.Web/sites', parameters('functionAppName')))", endpoint, StringComparison.Ordinal);
        Assert.Contains(".systemKeys.blobs_extension", endpoint, StringComparison.Ordinal);
        Assert.Contains("parameters('blobTriggerFunctionName')", endpoint, StringComparison.Ordinal);
    }

    [Fact]
    public void Filter_Events_AreBlobCreatedUnderIncoming()
    {
        // Arrange
        var filter = Subscription.GetProperty("properties").GetProperty("filter");

        // Act
        var eventTypes = filter.GetProperty("includedEventTypes").EnumerateArray().Select(type => type.GetString()!).ToArray();
        var subject = templates.EventGridSubscription.ResolveString(filter.GetProperty("subjectBeginsWith"));

        // Assert
        Assert.Equal(["Microsoft.Storage.BlobCreated"], eventTypes);
        Assert.Equal("[format('/blobServices/default/containers/{0}/', parameters('containerName'))]", subject);
        Assert.Equal("incoming", templates.EventGridSubscription.Parameter("containerName").GetString());
    }

    [Fact]
    public void MainTemplate_SystemTopic_IsCreatedButTheSubscriptionIsLeftToPhaseThree()
    {
        // Arrange
        var topic = templates.Main.Module("event-grid-system-topic").Resource("Microsoft.EventGrid/systemTopics");

        // Act
        var topicType = topic.GetProperty("properties").GetProperty("topicType").GetString();

        // Assert
        Assert.Equal("Microsoft.Storage.StorageAccounts", topicType);
        Assert.DoesNotContain("Microsoft.EventGrid/systemTopics/eventSubscriptions", templates.MainJson, StringComparison.Ordinal);
    }
}
