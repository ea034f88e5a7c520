using System.Text.Json;
using AliaBatch.Infrastructure.Tests.Settings;
using Xunit;

namespace AliaBatch.Infrastructure.Tests;

/// <summary>bicep/app-settings.contract.json against the settings the compiled template gives each app.</summary>
public sealed class AppSettingsContractTests(CompiledTemplates templates)
{
    private static readonly JsonElement s_contract = SettingsContract.Root;

    public static TheoryData<string> Apps => ["functions", "worker"];

    [Theory]
    [MemberData(nameof(Apps))]
    public void Contract_SettingsForApp_AreExactlyTheSettingsTheTemplateGivesIt(string app)
    {
        // Arrange
        var expected = s_contract.GetProperty("settings").EnumerateObject()
            .Where(setting => setting.Value.GetProperty("apps").EnumerateArray().Any(name => name.GetString() == app))
            .Select(setting => setting.Name)
            .Order(StringComparer.Ordinal);

        // Act
        var actual = templates.AppSettingsOf(app).Keys.Order(StringComparer.Ordinal);

        // Assert
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Contract_EverySetting_HasAKnownAppAndAMeaning()
    {
        // Arrange
        var apps = s_contract.GetProperty("apps").EnumerateObject().Select(app => app.Name).ToHashSet();

        // Act
        var settings = s_contract.GetProperty("settings").EnumerateObject().ToArray();

        // Assert
        Assert.Equal(22, settings.Length);
        Assert.All(settings, setting =>
        {
            Assert.NotEmpty(setting.Value.GetProperty("apps").EnumerateArray());
            Assert.All(setting.Value.GetProperty("apps").EnumerateArray(), app => Assert.Contains(app.GetString()!, apps));
            Assert.False(string.IsNullOrWhiteSpace(setting.Value.GetProperty("meaning").GetString()));
        });
    }

    [Theory]
    [InlineData("functions", "AliaBatch__Transport__Kind", "ServiceBus")]
    [InlineData("functions", "AliaBatch__ServiceBus__QueueName", "inference-batches")]
    [InlineData("functions", "AliaBatch__ServiceBus__EventsTopic", "job-events")]
    [InlineData("functions", "AliaBatch__Events__Kind", "ServiceBus")]
    [InlineData("functions", "AliaBatch__Orchestration__Dispatch", "Transport")]
    [InlineData("functions", "AliaBatch__Intake__IncomingContainer", "incoming")]
    [InlineData("functions", "AliaBatch__Intake__ResultsContainer", "results")]
    [InlineData("functions", "AliaBatch__Evaluation__SuitesContainer", "eval-suites")]
    [InlineData("functions", "AliaBatch__Evaluation__ResultsContainer", "eval-results")]
    [InlineData("functions", "AliaBatch__Storage__AccountUrl", "[reference('storage').outputs.blobEndpoint.value]")]
    [InlineData("functions", "AliaBatch__Storage__QueueAccountUrl", "[reference('storage').outputs.queueEndpoint.value]")]
    [InlineData("functions", "AliaBatch__ServiceBus__FullyQualifiedNamespace", "[reference('serviceBus').outputs.fullyQualifiedNamespace.value]")]
    [InlineData("functions", "AZURE_CLIENT_ID", "[reference('functionsIdentity').outputs.clientId.value]")]
    [InlineData("functions", "APPLICATIONINSIGHTS_CONNECTION_STRING", "[reference('monitoring').outputs.applicationInsightsConnectionString.value]")]
    [InlineData("functions", "AliaBatch__Evaluation__Schedule", "0 0 3 * * 1")]
    [InlineData("worker", "AliaBatch__Transport__Kind", "ServiceBus")]
    [InlineData("worker", "AliaBatch__ServiceBus__QueueName", "inference-batches")]
    [InlineData("worker", "AliaBatch__Models__Container", "models")]
    [InlineData("worker", "AliaBatch__Worker__HealthPort", "8080")]
    [InlineData("worker", "AliaBatch__Worker__TranslationPack", "")]
    [InlineData("worker", "AliaBatch__Worker__SummarizationPack", "")]
    [InlineData("worker", "AliaBatch__Inference__ExecutionProvider", "Cuda")]
    [InlineData("worker", "AliaBatch__Inference__DeviceId", "0")]
    [InlineData("worker", "AZURE_CLIENT_ID", "[reference('workerIdentity').outputs.clientId.value]")]
    public void Setting_OnApp_HasTheExpectedValue(string app, string name, string expected)
    {
        // Arrange
        var settings = templates.AppSettingsOf(app);

        // Act
        var value = settings[name];

        // Assert
        Assert.Equal(expected, value);
    }

    [Fact]
    public void WorkerApp_Environment_IsBuiltFromSharedAndWorkerSettings()
    {
        // Arrange
        var containerApps = templates.Main.Module("container-apps");
        var container = containerApps.Resource("Microsoft.App/containerApps")
            .GetProperty("properties").GetProperty("template").GetProperty("containers")[0];

        // Act
        var copy = container.GetProperty("copy").EnumerateArray().Single();

        // Assert
        Assert.Equal("env", copy.GetProperty("name").GetString());
        Assert.Contains("variables('allSettings')", copy.GetProperty("count").GetString(), StringComparison.Ordinal);
        Assert.Equal(
            "[union(parameters('sharedAppSettings'), parameters('appSettings'))]",
            containerApps.Root.GetProperty("variables").GetProperty("allSettings").GetString());
    }

    [Fact]
    public void Contract_WorkerProbesAndBlobTrigger_MatchTheTemplates()
    {
        // Arrange
        var containerApps = templates.Main.Module("container-apps");
        var worker = s_contract.GetProperty("worker");

        // Act
        var triggerName = templates.EventGridSubscription.Parameter("blobTriggerFunctionName").GetString();

        // Assert
        Assert.Equal(worker.GetProperty("livenessPath").GetString(), containerApps.Parameter("livenessPath").GetString());
        Assert.Equal(worker.GetProperty("readinessPath").GetString(), containerApps.Parameter("readinessPath").GetString());
        Assert.Equal(worker.GetProperty("healthPort").GetInt32(), containerApps.Parameter("healthPort").GetInt32());
        Assert.Equal(s_contract.GetProperty("functions").GetProperty("blobTrigger").GetProperty("name").GetString(), triggerName);
    }
}
