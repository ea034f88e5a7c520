using System.Text.Json;
using AliaBatch.Infrastructure.Tests.Arm;
using Xunit;

namespace AliaBatch.Infrastructure.Tests;

/// <summary>modules/function-app.bicep as main.bicep uses it.</summary>
public sealed class FunctionAppTemplateTests(CompiledTemplates templates)
{
    private ArmTemplate FunctionApp => templates.Main.Module("function-app");

    private JsonElement Site => FunctionApp.Resource("Microsoft.Web/sites");

    [Fact]
    public void Plan_Sku_IsFlexConsumption()
    {
        // Arrange
        var plan = FunctionApp.Resource("Microsoft.Web/serverfarms");

        // Act
        var sku = plan.GetProperty("sku");

        // Assert
        Assert.Equal("FlexConsumption", sku.GetProperty("tier").GetString());
        Assert.Equal("FC1", sku.GetProperty("name").GetString());
        Assert.True(plan.GetProperty("properties").GetProperty("reserved").GetBoolean());
        Assert.Equal("functionapp,linux", Site.GetProperty("kind").GetString());
    }

    [Fact]
    public void FunctionAppConfig_Runtime_IsDotnetIsolated10WithScaleSettings()
    {
        // Arrange
        var config = Site.GetProperty("properties").GetProperty("functionAppConfig");

        // Act
        var runtime = config.GetProperty("runtime");
        var scale = config.GetProperty("scaleAndConcurrency");

        // Assert
        Assert.Equal("dotnet-isolated", runtime.GetProperty("name").GetString());
        Assert.Equal("10.0", FunctionApp.ResolveString(runtime.GetProperty("version")));
        Assert.Equal(2048, FunctionApp.Resolve(scale.GetProperty("instanceMemoryMB")).GetInt32());
        Assert.Equal(JsonValueKind.Array, FunctionApp.Resolve(scale.GetProperty("alwaysReady")).ValueKind);
        var prodAlwaysReady = templates.MainWith("main.prod.bicepparam").Module("function-app").Parameter("alwaysReady");
        Assert.Contains(prodAlwaysReady.EnumerateArray(), group => group.GetProperty("name").GetString() == "durable");
    }

    [Fact]
    public void DeploymentStorage_Authentication_UsesTheUserAssignedIdentity()
    {
        // Arrange
        var storage = Site.GetProperty("properties").GetProperty("functionAppConfig").GetProperty("deployment").GetProperty("storage");

        // Act
        var authentication = storage.GetProperty("authentication");

        // Assert
        Assert.Equal("blobContainer", storage.GetProperty("type").GetString());
        Assert.Equal("UserAssignedIdentity", authentication.GetProperty("type").GetString());
        Assert.Contains("functionsIdentity", FunctionApp.ResolveString(authentication.GetProperty("userAssignedIdentityResourceId")), StringComparison.Ordinal);
        Assert.False(authentication.TryGetProperty("storageAccountConnectionStringName", out _));
    }

    [Fact]
    public void Identity_Type_IsUserAssignedFunctionsIdentity()
    {
        // Arrange
        var identity = Site.GetProperty("identity");

        // Act
        var assigned = identity.GetProperty("userAssignedIdentities").EnumerateObject().Select(property => property.Name).ToArray();

        // Assert
        Assert.Equal("UserAssigned", identity.GetProperty("type").GetString());
        Assert.Equal(["[format('{0}', parameters('identityResourceId'))]"], assigned);
        Assert.Contains("functionsIdentity", FunctionApp.ResolveString(FunctionApp.PassedParameter("identityResourceId")), StringComparison.Ordinal);
    }

    [Fact]
    public void HostStorage_Settings_AreIdentityBased()
    {
        // Arrange
        var hostSettings = FunctionApp.Resolve(FunctionApp.Root.GetProperty("variables").GetProperty("hostSettings"));

        // Act
        var credential = hostSettings.GetProperty("AzureWebJobsStorage__credential").GetString();
        var clientId = hostSettings.GetProperty("AzureWebJobsStorage__clientId").GetString();
        var accountName = hostSettings.GetProperty("AzureWebJobsStorage__accountName").GetString();

        // Assert
        Assert.Equal("managedidentity", credential);
        Assert.Equal("[reference('functionsIdentity').outputs.clientId.value]", clientId);
        Assert.Equal("[reference('storage').outputs.name.value]", accountName);
        Assert.False(hostSettings.TryGetProperty("AzureWebJobsStorage", out _));
    }

    [Fact]
    public void AppSettings_Site_AreBuiltFromHostSharedAndAppSettings()
    {
        // Arrange
        var siteConfig = Site.GetProperty("properties").GetProperty("siteConfig");

        // Act
        var copy = siteConfig.GetProperty("copy").EnumerateArray().Single();
        var allSettings = FunctionApp.Root.GetProperty("variables").GetProperty("allSettings").GetString();

        // Assert
        Assert.Equal("appSettings", copy.GetProperty("name").GetString());
        Assert.Contains("variables('allSettings')", copy.GetProperty("count").GetString(), StringComparison.Ordinal);
        Assert.Equal("[union(variables('hostSettings'), parameters('sharedAppSettings'), parameters('appSettings'))]", allSettings);
        Assert.Equal("1.2", siteConfig.GetProperty("minTlsVersion").GetString());
        Assert.True(Site.GetProperty("properties").GetProperty("httpsOnly").GetBoolean());
    }
}
