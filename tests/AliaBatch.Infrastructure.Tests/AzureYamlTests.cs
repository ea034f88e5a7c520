using AliaBatch.Testing;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace AliaBatch.Infrastructure.Tests;

/// <summary>azure.yaml's services against the repository and the templates' azd-service-name tags.</summary>
public sealed class AzureYamlTests(CompiledTemplates templates)
{
    private static readonly YamlMappingNode s_services = LoadServices();

    public static TheoryData<string, string, string> Services => new()
    {
        { "functions", "function", "Microsoft.Web/sites" },
        { "worker", "containerapp", "Microsoft.App/containerApps" },
    };

    [Fact]
    public void Services_AreExactlyTheFunctionAppAndTheWorker()
    {
        // Arrange
        var expected = new[] { "functions", "worker" };

        // Act
        var names = s_services.Children.Keys.Select(key => ((YamlScalarNode)key).Value!).Order(StringComparer.Ordinal);

        // Assert
        Assert.Equal(expected, names);
    }

    public static TheoryData<string, string> Hosts => new()
    {
        { "functions", "function" },
        { "worker", "containerapp" },
    };

    [Theory]
    [MemberData(nameof(Hosts))]
    public void Service_Project_IsAnExistingProjectFolderWithItsHost(string service, string host)
    {
        // Arrange
        var definition = Service(service);

        // Act
        var project = RepositoryPaths.InRepository(Scalar(definition, "project"));

        // Assert
        Assert.True(Directory.Exists(project), $"{service}: project folder {project} does not exist.");
        Assert.Single(Directory.GetFiles(project, "*.csproj"));
        Assert.Equal(host, Scalar(definition, "host"));
        Assert.Equal("dotnet", Scalar(definition, "language"));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Service_Name_TagsExactlyOneResourceOfItsHostType(string service, string host, string resourceType)
    {
        // Arrange
        var module = templates.Main.Module(host == "function" ? "function-app" : "container-apps");

        // Act
        var tagged = module.ResourcesOfType(resourceType)
            .Where(resource => module.ResolveString(resource.GetProperty("tags")).Contains($"'azd-service-name', '{service}'", StringComparison.Ordinal));

        // Assert
        Assert.Single(tagged);
    }

    [Fact]
    public void WorkerDocker_PathAndContext_ResolveToTheDockerfileAndTheRepositoryRoot()
    {
        // Arrange
        var worker = Service("worker");
        var project = RepositoryPaths.InRepository(Scalar(worker, "project"));
        var docker = (YamlMappingNode)worker.Children[new YamlScalarNode("docker")];

        // Act
        var dockerfile = Path.GetFullPath(Path.Combine(project, Scalar(docker, "path")));
        var context = Path.GetFullPath(Path.Combine(project, Scalar(docker, "context")));

        // Assert
        Assert.Equal(RepositoryPaths.InRepository("infra", "worker", "Dockerfile"), dockerfile);
        Assert.Equal(Path.GetFullPath(RepositoryPaths.Root), context.TrimEnd(Path.DirectorySeparatorChar));
        Assert.True(File.Exists(dockerfile), $"{dockerfile} does not exist.");
    }

    private static YamlMappingNode Service(string name) => (YamlMappingNode)s_services.Children[new YamlScalarNode(name)];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    private static YamlMappingNode LoadServices()
    {
        var stream = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(RepositoryPaths.InRepository("azure.yaml")));
        stream.Load(reader);
        return (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("services")];
    }
}
