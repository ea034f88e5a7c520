using System.Text.Json;
using AliaBatch.Infrastructure.Tests.Arm;
using Xunit;

namespace AliaBatch.Infrastructure.Tests;

/// <summary>Least-privilege role assignments: which identity gets which role, on which scope.</summary>
public sealed class RoleAssignmentTemplateTests(CompiledTemplates templates)
{
    private const string Functions = "functionsIdentity";
    private const string Worker = "workerIdentity";
    private const string Scaler = "scalerIdentity";

    [Fact]
    public void StorageAccount_Assignments_AreDurableRightsForFunctionsAndBlobRightsForWorker()
    {
        // Arrange
        var storage = templates.Main.Module("storage");

        // Act
        var granted = Grants(storage, "roleAssignments");

        // Assert
        (string, string)[] expected =
        [
            (Functions, RoleDefinitions.StorageBlobDataOwner),
            (Functions, RoleDefinitions.StorageQueueDataContributor),
            (Functions, RoleDefinitions.StorageTableDataContributor),
            (Worker, RoleDefinitions.StorageBlobDataContributor),
        ];
        Assert.Equal(expected.Order(), granted);
        AssertScopedTo(storage, "Microsoft.Storage/storageAccounts'");
    }

    [Fact]
    public void InferenceQueue_Assignments_SenderReceiverAndScalerOwnerOnTheQueueOnly()
    {
        // Arrange
        var serviceBus = templates.Main.Module("service-bus");

        // Act
        var queueGrants = Grants(serviceBus, "queueRoleAssignments");
        var topicGrants = Grants(serviceBus, "topicRoleAssignments");

        // Assert
        (string, string)[] expected =
        [
            (Functions, RoleDefinitions.ServiceBusDataSender),
            (Worker, RoleDefinitions.ServiceBusDataReceiver),
            (Scaler, RoleDefinitions.ServiceBusDataOwner),
        ];
        Assert.Equal(expected.Order(), queueGrants);
        Assert.Equal([(Functions, RoleDefinitions.ServiceBusDataSender)], topicGrants);
        var scopes = serviceBus.ResourcesOfType("Microsoft.Authorization/roleAssignments")
            .Select(assignment => assignment.GetProperty("scope").GetString()!)
            .Order()
            .ToArray();
        Assert.Equal(2, scopes.Length);
        Assert.StartsWith("[resourceId('Microsoft.ServiceBus/namespaces/queues', parameters('name'), parameters('queueName'))", scopes[0], StringComparison.Ordinal);
        Assert.StartsWith("[resourceId('Microsoft.ServiceBus/namespaces/topics', parameters('name'), parameters('topicName'))", scopes[1], StringComparison.Ordinal);
    }

    [Fact]
    public void ServiceBusDataOwner_InWholeTemplate_IsGrantedOnlyToTheScaler()
    {
        // Arrange
        var serviceBus = templates.Main.Module("service-bus");

        // Act
        var owners = Grants(serviceBus, "queueRoleAssignments")
            .Concat(Grants(serviceBus, "topicRoleAssignments"))
            .Where(grant => grant.Role == RoleDefinitions.ServiceBusDataOwner)
            .ToArray();
        var ownerMentions = templates.MainJson.Split(RoleDefinitions.ServiceBusDataOwner).Length - 1;

        // Assert
        Assert.Equal([(Scaler, RoleDefinitions.ServiceBusDataOwner)], owners);
        Assert.Equal(1, ownerMentions);
    }

    [Fact]
    public void Registry_AcrPull_IsGrantedToTheWorkerOnly()
    {
        // Arrange
        var registry = templates.Main.Module("container-registry");

        // Act
        var principals = registry.Parameter("acrPullPrincipalIds").EnumerateArray().Select(IdentityOf).ToArray();
        var role = registry.Root.GetProperty("variables").GetProperty("acrPullRoleId").GetString();

        // Assert
        Assert.Equal([Worker], principals);
        Assert.Equal(RoleDefinitions.AcrPull, role);
        AssertScopedTo(registry, "Microsoft.ContainerRegistry/registries'");
    }

    [Fact]
    public void ApplicationInsights_MetricsPublisher_IsGrantedToBothApps()
    {
        // Arrange
        var monitoring = templates.Main.Module("monitoring");

        // Act
        var principals = monitoring.Parameter("metricsPublisherPrincipalIds").EnumerateArray().Select(IdentityOf).Order().ToArray();
        var role = monitoring.Root.GetProperty("variables").GetProperty("monitoringMetricsPublisherRoleId").GetString();

        // Assert
        Assert.Equal([Functions, Worker], principals);
        Assert.Equal(RoleDefinitions.MonitoringMetricsPublisher, role);
        AssertScopedTo(monitoring, "Microsoft.Insights/components'");
    }

    [Fact]
    public void RoleAssignments_EveryModule_AreNamedWithGuidAndTargetServicePrincipals()
    {
        // Arrange
        var assignments = templates.Main.ResourcesOfType("Microsoft.Resources/deployments")
            .Select(module => templates.Main.Module(module.GetProperty("name").GetString()!))
            .SelectMany(module => module.ResourcesOfType("Microsoft.Authorization/roleAssignments"))
            .ToArray();

        // Act
        var properties = assignments.Select(assignment => assignment.GetProperty("properties")).ToArray();

        // Assert
        Assert.Equal(5, assignments.Length);
        Assert.All(assignments, assignment => Assert.StartsWith("[guid(", assignment.GetProperty("name").GetString(), StringComparison.Ordinal));
        Assert.All(properties, property => Assert.Equal("ServicePrincipal", property.GetProperty("principalType").GetString()));
        Assert.All(properties, property => Assert.StartsWith(
            "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions',",
            property.GetProperty("roleDefinitionId").GetString(),
            StringComparison.Ordinal));
    }

    private static void AssertScopedTo(ArmTemplate module, string resourceType)
    {
        var assignment = module.Resource("Microsoft.Authorization/roleAssignments");
        Assert.StartsWith($"[resourceId('{resourceType}", assignment.GetProperty("scope").GetString(), StringComparison.Ordinal);
        Assert.Contains(resourceType, assignment.GetProperty("name").GetString(), StringComparison.Ordinal);
    }

    private static (string Identity, string Role)[] Grants(ArmTemplate module, string parameterName) =>
        [.. module.Parameter(parameterName).EnumerateArray()
            .Select(grant => (IdentityOf(grant.GetProperty("principalId")), grant.GetProperty("roleDefinitionId").GetString()!))
            .Order()];

    private static string IdentityOf(JsonElement principalId)
    {
        // Principal ids arrive as [reference('{identityModule}').outputs.principalId.value].
        var expression = principalId.GetString()!;
        const string prefix = "[reference('";
        Assert.StartsWith(prefix, expression, StringComparison.Ordinal);
        Assert.EndsWith("').outputs.principalId.value]", expression, StringComparison.Ordinal);
        return expression[prefix.Length..expression.IndexOf('\'', prefix.Length)];
    }
}
