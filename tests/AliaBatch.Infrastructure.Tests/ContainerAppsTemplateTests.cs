using System.Text.Json;
using AliaBatch.Infrastructure.Tests.Arm;
using Xunit;

namespace AliaBatch.Infrastructure.Tests;

/// <summary>modules/container-apps.bicep (environment and GPU worker) and the registry it pulls from.</summary>
public sealed class ContainerAppsTemplateTests(CompiledTemplates templates)
{
    private ArmTemplate ContainerApps => templates.Main.Module("container-apps");

    private JsonElement Worker => ContainerApps.Resource("Microsoft.App/containerApps");

    [Theory]
    [InlineData(null, "Consumption-GPU-NC8as-T4")]
    [InlineData("main.dev.bicepparam", "Consumption-GPU-NC8as-T4")]
    [InlineData("main.prod.bicepparam", "Consumption-GPU-NC24-A100")]
    public void Environment_GpuWorkloadProfile_FollowsTheParameter(string? parameterFile, string expectedProfile)
    {
        // Arrange
        var main = parameterFile is null ? templates.Main : templates.MainWith(parameterFile);
        var module = main.Module("container-apps");

        // Act
        var profiles = module.Resource("Microsoft.App/managedEnvironments").GetProperty("properties").GetProperty("workloadProfiles")
            .EnumerateArray()
            .ToDictionary(profile => module.ResolveString(profile.GetProperty("name")), profile => module.ResolveString(profile.GetProperty("workloadProfileType")));
        var workerProfile = module.ResolveString(module.Resource("Microsoft.App/containerApps").GetProperty("properties").GetProperty("workloadProfileName"));

        // Assert
        Assert.Equal(expectedProfile, profiles[workerProfile]);
        Assert.Equal("Consumption", profiles["Consumption"]);
    }

    [Fact]
    public void Worker_Resources_ExistForEveryAllowedGpuProfile()
    {
        // Arrange
        var allowed = ContainerApps.Root.GetProperty("parameters").GetProperty("gpuProfileType").GetProperty("allowedValues")
            .EnumerateArray().Select(value => value.GetString()!).Order();

        // Act
        var sized = ContainerApps.Root.GetProperty("variables").GetProperty("gpuResources").EnumerateObject().Select(property => property.Name).Order();

        // Assert
        Assert.Equal(allowed, sized);
        Assert.Equal(
            "[variables('gpuResources')[parameters('gpuProfileType')]]",
            Worker.GetProperty("properties").GetProperty("template").GetProperty("containers")[0].GetProperty("resources").GetString());
    }

    [Fact]
    public void ScaleRule_ServiceBus_UsesTheScalerIdentityOnTheInferenceQueue()
    {
        // Arrange
        var scale = Worker.GetProperty("properties").GetProperty("template").GetProperty("scale");

        // Act
        var rule = scale.GetProperty("rules").EnumerateArray().Single().GetProperty("custom");
        var metadata = rule.GetProperty("metadata");

        // Assert
        Assert.Equal("azure-servicebus", rule.GetProperty("type").GetString());
        Assert.Equal("[reference('scalerIdentity').outputs.resourceId.value]", ContainerApps.ResolveString(rule.GetProperty("identity")));
        Assert.Equal("inference-batches", ContainerApps.ResolveString(metadata.GetProperty("queueName")));
        Assert.Equal("[reference('serviceBus').outputs.name.value]", ContainerApps.ResolveString(metadata.GetProperty("namespace")));
        Assert.False(metadata.TryGetProperty("connectionFromEnv", out _));
        Assert.False(rule.TryGetProperty("auth", out _));
    }

    [Fact]
    public void Scale_Replicas_StartAtZeroAndFollowTheParameter()
    {
        // Arrange
        var scale = Worker.GetProperty("properties").GetProperty("template").GetProperty("scale");
        var prod = templates.MainWith("main.prod.bicepparam").Module("container-apps");

        // Act
        var minReplicas = ContainerApps.Resolve(scale.GetProperty("minReplicas")).GetInt32();
        var maxReplicas = prod.Resolve(scale.GetProperty("maxReplicas")).GetInt32();

        // Assert
        Assert.Equal(0, minReplicas);
        Assert.Equal(templates.ParametersOf("main.prod.bicepparam")!["workerMaxReplicas"].GetInt32(), maxReplicas);
    }

    [Fact]
    public void Identities_Worker_CarriesWorkerAndScalerIdentitiesAndPullsWithTheWorkerOne()
    {
        // Arrange
        var identity = Worker.GetProperty("identity");
        var registry = Worker.GetProperty("properties").GetProperty("configuration").GetProperty("registries").EnumerateArray().Single();

        // Act
        var assigned = identity.GetProperty("userAssignedIdentities").EnumerateObject()
            .Select(property => property.Name)
            .Order(StringComparer.Ordinal)
            .ToArray();

        // Assert
        Assert.Equal(
            ["[format('{0}', parameters('scalerIdentityResourceId'))]", "[format('{0}', parameters('workerIdentityResourceId'))]"],
            assigned);
        Assert.Equal("[reference('scalerIdentity').outputs.resourceId.value]", ContainerApps.Parameter("scalerIdentityResourceId").GetString());
        Assert.Equal("[reference('workerIdentity').outputs.resourceId.value]", ContainerApps.Parameter("workerIdentityResourceId").GetString());
        Assert.Equal("[reference('workerIdentity').outputs.resourceId.value]", ContainerApps.ResolveString(registry.GetProperty("identity")));
        Assert.False(registry.TryGetProperty("passwordSecretRef", out _));
    }

    [Fact]
    public void Registry_AdminUserAndAnonymousPull_AreDisabled()
    {
        // Arrange
        var registry = templates.Main.Module("container-registry").Resource("Microsoft.ContainerRegistry/registries");

        // Act
        var properties = registry.GetProperty("properties");

        // Assert
        Assert.False(properties.GetProperty("adminUserEnabled").GetBoolean());
        Assert.False(properties.GetProperty("anonymousPullEnabled").GetBoolean());
    }

    [Fact]
    public void Environment_Logs_GoToLogAnalyticsWithoutASharedKey()
    {
        // Arrange
        var environment = ContainerApps.Resource("Microsoft.App/managedEnvironments");
        var diagnostics = ContainerApps.Resource("Microsoft.Insights/diagnosticSettings");

        // Act
        var destination = environment.GetProperty("properties").GetProperty("appLogsConfiguration").GetProperty("destination").GetString();

        // Assert
        Assert.Equal("azure-monitor", destination);
        Assert.Equal("[reference('monitoring').outputs.workspaceId.value]", ContainerApps.ResolveString(diagnostics.GetProperty("properties").GetProperty("workspaceId")));
    }
}
