using System.Text.RegularExpressions;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Worker.Tests;

/// <summary>No Docker engine runs here: these read infra/worker/Dockerfile for the properties the deployment relies on.</summary>
public sealed partial class DockerfileTests
{
    private static readonly string s_path = RepositoryPaths.InRepository("infra", "worker", "Dockerfile");

    [Fact]
    public void BuildStage_UsesDotnetSdk10AndPublishesTheWorker()
    {
        var build = Stages().First();

        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0", build.Image);
        Assert.Contains(build.Instructions, i => i.StartsWith("RUN dotnet publish src/AliaBatch.Worker/AliaBatch.Worker.csproj", StringComparison.Ordinal));
    }

    [Fact]
    public void RuntimeStage_IsCuda13WithCudnnRuntimeOnUbuntu()
    {
        var runtime = Stages().Last();

        Assert.Matches(CudaImage(), runtime.Image);
    }

    [Fact]
    public void RuntimeStage_HasAspNetCore10RuntimeFromTheMatchingUbuntuImage()
    {
        var stages = Stages();
        var runtime = stages.Last();
        var copy = Assert.Single(runtime.Instructions, i => i.Contains("/usr/share/dotnet", StringComparison.Ordinal) && i.StartsWith("COPY", StringComparison.Ordinal));
        var from = Regex.Match(copy, "--from=(\\S+)").Groups[1].Value;

        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:10.0-noble", stages.Single(s => s.Name == from).Image);
        Assert.EndsWith("ubuntu24.04", runtime.Image, StringComparison.Ordinal);
    }

    [Fact]
    public void RuntimeStage_RunsAsNonRootWithModelCacheVolumeAndPort8080()
    {
        var runtime = Stages().Last();

        var user = Assert.Single(runtime.Instructions, i => i.StartsWith("USER ", StringComparison.Ordinal))["USER ".Length..].Split(':')[0];
        Assert.NotEqual("root", user);
        Assert.NotEqual("0", user);
        Assert.Contains(runtime.Instructions, i => i == "VOLUME [\"/var/cache/aliabatch/models\"]");
        Assert.Contains(runtime.Instructions, i => i.Contains("AliaBatch__Worker__ModelCacheDirectory=/var/cache/aliabatch/models", StringComparison.Ordinal));
        Assert.Contains("EXPOSE 8080", runtime.Instructions);
        Assert.DoesNotContain(Stages().SelectMany(s => s.Instructions), i => i.StartsWith("HEALTHCHECK", StringComparison.Ordinal));
        Assert.Equal("ENTRYPOINT [\"dotnet\", \"AliaBatch.Worker.dll\"]", runtime.Instructions[^1]);
    }

    [Fact]
    public void RuntimeStage_CopiesOnlyThePublishedApp()
    {
        var runtime = Stages().Last();

        var copies = runtime.Instructions.Where(i => i.StartsWith("COPY", StringComparison.Ordinal) || i.StartsWith("ADD", StringComparison.Ordinal)).ToList();
        Assert.All(copies, c => Assert.Contains("--from=", c, StringComparison.Ordinal));
        var app = Assert.Single(copies, c => c.Contains("--from=build", StringComparison.Ordinal));
        Assert.EndsWith("/app/publish ./", app, StringComparison.Ordinal);
    }

    private static List<Stage> Stages()
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        var stages = new List<Stage>();
        foreach (var instruction in Instructions())
        {
            if (instruction.StartsWith("ARG ", StringComparison.Ordinal) && stages.Count == 0)
            {
                var (name, value) = (instruction[4..].Split('=', 2)[0], instruction[4..].Split('=', 2)[1]);
                arguments[name] = value;
            }
            else if (instruction.StartsWith("FROM ", StringComparison.Ordinal))
            {
                var parts = instruction.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var image = Regex.Replace(parts[1], "\\$\\{(\\w+)\\}", m => arguments[m.Groups[1].Value]);
                stages.Add(new Stage(image, parts.Length == 4 ? parts[3] : null, []));
            }
            else if (stages.Count > 0)
            {
                stages[^1].Instructions.Add(instruction);
            }
        }

        return stages;
    }

    private static IEnumerable<string> Instructions()
    {
        var current = string.Empty;
        foreach (var raw in File.ReadAllLines(s_path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                current += line[..^1].TrimEnd() + " ";
                continue;
            }

            yield return current + line;
            current = string.Empty;
        }
    }

    [GeneratedRegex(@"^nvidia/cuda:13\.\d+\.\d+-cudnn-runtime-ubuntu\d{2}\.\d{2}$")]
    private static partial Regex CudaImage();

    private sealed record Stage(string Image, string? Name, List<string> Instructions);
}
