using System.Reflection;
using AliaBatch.Infrastructure.Tests.Settings;
using WorkerOptions = AliaBatch.Worker.WorkerOptions;
using AliaBatch.Worker.Health;
using Microsoft.Azure.Functions.Worker;
using Xunit;

namespace AliaBatch.Infrastructure.Tests;

/// <summary>
/// What the templates point at in the apps, checked against the apps' code: the worker's probes, port and shutdown,
/// and the Functions app's bindings (setting expressions, connections, queues and containers, the Event Grid target).
/// </summary>
public sealed class AppEndpointsCrossCheckTests(CompiledTemplates templates)
{
    [Fact]
    public void WorkerProbes_TemplatePaths_AreServedByTheWorker()
    {
        // Arrange
        var containerApps = templates.ModuleOf(AppComposition.Worker);

        // Act
        var (liveness, readiness) = (containerApps.Parameter("livenessPath").GetString(), containerApps.Parameter("readinessPath").GetString());

        // Assert
        Assert.Contains(liveness, HealthEndpoints.LivenessPaths);
        Assert.Contains(readiness, HealthEndpoints.ReadinessPaths);
    }

    [Fact]
    public void WorkerHealthPort_Setting_IsThePortTheProbesCall()
    {
        // Arrange
        var containerApps = templates.ModuleOf(AppComposition.Worker);

        // Act
        var setting = templates.AppSettingsOf(AppComposition.Worker)["AliaBatch__Worker__HealthPort"];

        // Assert
        Assert.Equal(containerApps.Parameter("healthPort").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), setting);
    }

    [Fact]
    public void WorkerShutdown_DefaultTimeout_EndsWithinTheTerminationGracePeriod()
    {
        // Arrange
        var template = templates.ModuleOf(AppComposition.Worker).Resource("Microsoft.App/containerApps")
            .GetProperty("properties").GetProperty("template");

        // Act
        var grace = TimeSpan.FromSeconds(template.GetProperty("terminationGracePeriodSeconds").GetInt32());

        // Assert
        Assert.True(new WorkerOptions().ShutdownTimeout < grace, $"The worker drains for {new WorkerOptions().ShutdownTimeout}, the replica is killed after {grace}.");
    }

    [Fact]
    public void FunctionBindings_SettingExpressions_AreFunctionAppSettings()
    {
        // Arrange
        var settings = templates.AppSettingsOf(AppComposition.Functions);

        // Act
        var expressions = FunctionBindings.All.SelectMany(FunctionBindings.SettingExpressions).Distinct().ToArray();

        // Assert
        Assert.NotEmpty(expressions);
        Assert.All(expressions, key => Assert.Contains(key, settings.Keys));
    }

    [Fact]
    public void FunctionBindings_Connections_AreIdentityBasedHostSettings()
    {
        // Arrange
        var host = templates.FunctionHostSettings();

        // Act
        var connections = FunctionBindings.All.Select(binding => FunctionBindings.Property(binding, "Connection")).OfType<string>().Distinct().ToArray();

        // Assert
        Assert.NotEmpty(connections);
        Assert.All(connections, connection =>
        {
            Assert.Contains($"{connection}__accountName", host.Keys);
            Assert.Equal("managedidentity", host[$"{connection}__credential"]);
        });
    }

    [Fact]
    public void FunctionBindings_QueuesAndBlobPaths_NameEntitiesTheTemplateCreates()
    {
        // Arrange
        var bindings = FunctionBindings.All;

        // Act
        var queues = bindings.Select(binding => FunctionBindings.Property(binding, "QueueName")).OfType<string>().Distinct().ToArray();
        var containers = bindings.Select(binding => FunctionBindings.Property(binding, "BlobPath")).OfType<string>()
            .Select(path => path.Split('/')[0]).Distinct().ToArray();

        // Assert
        Assert.NotEmpty(queues);
        Assert.NotEmpty(containers);
        Assert.All(queues, queue => Assert.Contains(queue, templates.StorageQueues()));
        Assert.All(containers, container => Assert.Contains(container, templates.BlobContainers()));
    }

    [Fact]
    public void BlobTrigger_ContractName_IsTheFunctionWithTheEventGridBlobTrigger()
    {
        // Arrange
        var expected = SettingsContract.Root.GetProperty("functions").GetProperty("blobTrigger").GetProperty("name").GetString();

        // Act
        var functions = typeof(AliaBatch.Functions.FunctionsHost).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods())
            .Where(method => method.GetParameters().Any(parameter => parameter.GetCustomAttribute<BlobTriggerAttribute>() is { Source: BlobTriggerSource.EventGrid }))
            .Select(method => method.GetCustomAttribute<FunctionAttribute>()!.Name);

        // Assert
        Assert.Equal([expected], functions);
    }
}
