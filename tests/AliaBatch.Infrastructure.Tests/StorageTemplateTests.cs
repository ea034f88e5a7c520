using System.Text.Json;
using AliaBatch.Infrastructure.Tests.Arm;
using Xunit;

namespace AliaBatch.Infrastructure.Tests;

/// <summary>modules/storage.bicep as main.bicep uses it.</summary>
public sealed class StorageTemplateTests(CompiledTemplates templates)
{
    private ArmTemplate Storage => templates.Main.Module("storage");

    private JsonElement AccountProperties =>
        Storage.Resource("Microsoft.Storage/storageAccounts").GetProperty("properties");

    [Fact]
    public void Account_KeysAndPublicAccess_AreDisabled()
    {
        // Arrange
        var properties = AccountProperties;

        // Act
        var sharedKey = properties.GetProperty("allowSharedKeyAccess").GetBoolean();
        var publicBlobs = properties.GetProperty("allowBlobPublicAccess").GetBoolean();
        var oauthDefault = properties.GetProperty("defaultToOAuthAuthentication").GetBoolean();

        // Assert
        Assert.False(sharedKey);
        Assert.False(publicBlobs);
        Assert.True(oauthDefault);
    }

    [Fact]
    public void Account_Transport_RequiresHttpsAndTls12()
    {
        // Arrange
        var properties = AccountProperties;

        // Act
        var tls = properties.GetProperty("minimumTlsVersion").GetString();
        var httpsOnly = properties.GetProperty("supportsHttpsTrafficOnly").GetBoolean();

        // Assert
        Assert.Equal("TLS1_2", tls);
        Assert.True(httpsOnly);
    }

    [Fact]
    public void BlobService_SoftDelete_IsOnForBlobsAndContainers()
    {
        // Arrange
        var properties = Storage.Resource("Microsoft.Storage/storageAccounts/blobServices").GetProperty("properties");

        // Act
        var blobs = properties.GetProperty("deleteRetentionPolicy");
        var containers = properties.GetProperty("containerDeleteRetentionPolicy");

        // Assert
        Assert.True(blobs.GetProperty("enabled").GetBoolean());
        Assert.True(containers.GetProperty("enabled").GetBoolean());
        Assert.True(Storage.Resolve(blobs.GetProperty("days")).GetInt32() >= 1);
        Assert.True(Storage.Resolve(containers.GetProperty("days")).GetInt32() >= 1);
    }

    [Fact]
    public void Containers_Created_IncludeEveryDataContainerWithoutPublicAccess()
    {
        // Arrange
        var containerResource = Storage.Resource("Microsoft.Storage/storageAccounts/blobServices/containers");

        // Act
        var names = NamesOf(Storage.Parameter("containerNames"));

        // Assert
        Assert.Superset(
            new HashSet<string>(["incoming", "results", "models", "eval-suites", "eval-results"]),
            new HashSet<string>(names));
        Assert.Equal("None", containerResource.GetProperty("properties").GetProperty("publicAccess").GetString());
        Assert.Contains("parameters('containerNames')", containerResource.GetProperty("copy").GetProperty("count").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Queues_Created_IncludeJobsPoisonBatchesAndEvents()
    {
        // Arrange
        var queueResource = Storage.Resource("Microsoft.Storage/storageAccounts/queueServices/queues");

        // Act
        var names = NamesOf(Storage.Parameter("queueNames"));

        // Assert
        Assert.Equal(["agency-jobs", "agency-jobs-poison", "inference-batches", "job-events"], names.Order());
        Assert.Contains("parameters('queueNames')", queueResource.GetProperty("copy").GetProperty("count").GetString(), StringComparison.Ordinal);
    }

    private IEnumerable<string> NamesOf(JsonElement array) =>
        [.. array.EnumerateArray().Select(Storage.ResolveString)];
}
