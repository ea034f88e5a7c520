using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Infrastructure.Tests;

/// <summary>azure.yaml and infra/deploy/*.sh keep the three deployment phases in order.</summary>
public sealed class DeploymentScriptTests(CompiledTemplates templates)
{
    private static readonly string s_azureYaml = File.ReadAllText(RepositoryPaths.InRepository("azure.yaml"));
    private static readonly string s_deployScript = File.ReadAllText(RepositoryPaths.InRepository("infra", "deploy", "deploy.sh"));
    private static readonly string s_subscriptionScriptPath = RepositoryPaths.InRepository("infra", "deploy", "deploy-eventgrid-subscription.sh");

    [Fact]
    public void AzureYaml_Services_NameTheFunctionAppAndTheWorkerContainerApp()
    {
        // Arrange
        var yaml = s_azureYaml;

        // Act
        var lines = yaml.Split('\n').Select(line => line.TrimEnd()).ToArray();

        // Assert
        Assert.Contains("  functions:", lines);
        Assert.Contains("    project: src/AliaBatch.Functions", lines);
        Assert.Contains("    host: function", lines);
        Assert.Contains("  worker:", lines);
        Assert.Contains("    project: src/AliaBatch.Worker", lines);
        Assert.Contains("    host: containerapp", lines);
        Assert.Contains("      path: ../../infra/worker/Dockerfile", lines);
        Assert.Contains("  path: bicep", lines);
    }

    [Fact]
    public void AzureYaml_PostdeployHook_RunsTheSubscriptionScript()
    {
        // Arrange
        var yaml = s_azureYaml;

        // Act
        var hook = yaml[yaml.IndexOf("postdeploy:", StringComparison.Ordinal)..];

        // Assert
        Assert.Contains("run: ./infra/deploy/deploy-eventgrid-subscription.sh", hook, StringComparison.Ordinal);
        Assert.True(File.Exists(s_subscriptionScriptPath));
        Assert.NotEqual(UnixFileMode.None, File.GetUnixFileMode(s_subscriptionScriptPath) & UnixFileMode.UserExecute);
    }

    [Fact]
    public void DeployScript_Phases_RunInfrastructureThenCodeThenSubscription()
    {
        // Arrange
        var script = s_deployScript;

        // Act
        var infrastructure = script.IndexOf("--template-file \"$repo_root/bicep/main.bicep\"", StringComparison.Ordinal);
        var code = script.IndexOf("func azure functionapp publish", StringComparison.Ordinal);
        var subscription = script.IndexOf("\"$repo_root/infra/deploy/deploy-eventgrid-subscription.sh\"", StringComparison.Ordinal);

        // Assert
        Assert.True(infrastructure > 0, "deploy.sh does not deploy main.bicep");
        Assert.True(code > infrastructure, "deploy.sh publishes the code before the infrastructure exists");
        Assert.True(subscription > code, "deploy.sh subscribes Event Grid before the code (and its key) exists");
    }

    [Fact]
    public void SubscriptionScript_Parameters_ExistInTheTemplate()
    {
        // Arrange
        var script = File.ReadAllText(s_subscriptionScriptPath);
        var declared = templates.EventGridSubscription.Root.GetProperty("parameters").EnumerateObject().Select(parameter => parameter.Name).ToHashSet();

        // Act
        string[] passed = ["functionAppName", "systemTopicName", "blobTriggerFunctionName"];

        // Assert
        Assert.All(passed, name =>
        {
            Assert.Contains($"{name}=\"$", script, StringComparison.Ordinal);
            Assert.Contains(name, declared);
        });
        Assert.Contains("bicep/eventgrid-subscription.bicep", script, StringComparison.Ordinal);
    }
}
