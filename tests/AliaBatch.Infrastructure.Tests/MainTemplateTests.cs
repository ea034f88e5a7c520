using Xunit;

namespace AliaBatch.Infrastructure.Tests;

/// <summary>Properties of the compiled main.bicep as a whole.</summary>
public sealed class MainTemplateTests(CompiledTemplates templates)
{
    [Theory]
    [InlineData("AccountKey")]
    [InlineData("listKeys(")]
    [InlineData("listConnectionStrings(")]
    [InlineData("SharedAccessKey")]
    [InlineData("\"AzureWebJobsStorage\"")]
    [InlineData("adminPassword")]
    public void CompiledJson_Secrets_AreNeverReadOrWritten(string marker)
    {
        // Arrange
        var json = templates.MainJson;

        // Act
        var found = json.Contains(marker, StringComparison.OrdinalIgnoreCase);

        // Assert
        Assert.False(found, $"main.bicep compiles to a template that contains '{marker}'.");
    }

    [Fact]
    public void Outputs_Azd_NameEveryResourceTheLaterPhasesNeed()
    {
        // Arrange
        var outputs = templates.Main.Root.GetProperty("outputs");

        // Act
        var names = outputs.EnumerateObject().Select(output => output.Name).ToHashSet();

        // Assert
        Assert.Superset(
            new HashSet<string>(["AZURE_CONTAINER_REGISTRY_ENDPOINT", "AZURE_FUNCTION_APP_NAME", "AZURE_EVENTGRID_SYSTEM_TOPIC_NAME", "AZURE_STORAGE_ACCOUNT_NAME", "AZURE_WORKER_APP_NAME"]),
            names);
    }

    [Fact]
    public void Tags_AppsAndContainerApp_CarryTheAzdServiceNames()
    {
        // Arrange
        var site = templates.Main.Module("function-app").Resource("Microsoft.Web/sites");
        var worker = templates.Main.Module("container-apps").Resource("Microsoft.App/containerApps");

        // Act
        var siteTags = site.GetProperty("tags").GetString();
        var workerTags = worker.GetProperty("tags").GetString();

        // Assert
        Assert.Contains("createObject('azd-service-name', 'functions')", siteTags, StringComparison.Ordinal);
        Assert.Contains("createObject('azd-service-name', 'worker')", workerTags, StringComparison.Ordinal);
    }
}
