using System.Xml.Linq;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Worker.Tests;

/// <summary>
/// The build context of infra/worker/Dockerfile (the repository root) through its ignore files: what the worker's
/// publish needs stays in, build outputs and npm packages stay out. Reads the two pattern forms the files use
/// (<c>**/name/</c>, any depth; <c>path/</c>, from the root) and refuses any other, so the check cannot misread one.
/// </summary>
public sealed class DockerIgnoreTests
{
    private static readonly string[] s_patterns = Patterns(".dockerignore");

    [Fact]
    public void DockerfileIgnore_BesideTheDockerfile_HasTheRootFilesPatterns()
    {
        // BuildKit reads infra/worker/Dockerfile.dockerignore, other builders the root's .dockerignore.
        Assert.Equal(s_patterns, Patterns("infra", "worker", "Dockerfile.dockerignore"));
    }

    [Fact]
    public void Patterns_AreTheFormsThisTestReads()
    {
        Assert.All(s_patterns, pattern =>
        {
            Assert.EndsWith("/", pattern, StringComparison.Ordinal);
            Assert.DoesNotContain("*", pattern.StartsWith("**/", StringComparison.Ordinal) ? pattern[3..] : pattern, StringComparison.Ordinal);
            Assert.DoesNotContain("!", pattern, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void BuildContext_WorkerSourcesAndBuildFiles_StayIn()
    {
        var needed = WorkerProjectDirectories()
            .Concat(["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", ".editorconfig", "infra/worker/Dockerfile"])
            .ToList();

        Assert.Contains("src/AliaBatch.Inference", needed);
        Assert.All(needed, path => Assert.False(IsIgnored(path), $"{path} is needed by the worker's publish but .dockerignore leaves it out"));
    }

    [Theory]
    [InlineData("src/AliaBatch.Worker/bin/Release/net10.0/AliaBatch.Worker.dll")]
    [InlineData("src/AliaBatch.Inference/obj/project.assets.json")]
    [InlineData("node_modules/azurite/package.json")]
    [InlineData("bench/js/node_modules/onnxruntime-node/package.json")]
    [InlineData("artifacts/bench-bin/libonnxruntime_providers_cuda.so")]
    [InlineData(".git/HEAD")]
    [InlineData("tests/AliaBatch.Worker.Tests/DockerIgnoreTests.cs")]
    public void BuildContext_OutputsPackagesAndTests_StayOut(string path)
    {
        Assert.True(IsIgnored(path), $"{path} would be sent to the image build");
    }

    private static string[] Patterns(params string[] path) => [.. File.ReadAllLines(RepositoryPaths.InRepository(path))
        .Select(line => line.Trim())
        .Where(line => line.Length > 0 && !line.StartsWith('#'))];

    private static bool IsIgnored(string path)
    {
        var segments = path.Split('/');
        return s_patterns.Any(pattern => pattern.StartsWith("**/", StringComparison.Ordinal)
            ? segments.Contains(pattern[3..^1], StringComparer.Ordinal)
            : path.StartsWith(pattern, StringComparison.Ordinal) || path == pattern[..^1]);
    }

    // The worker project and every project it references, as repository-relative folders.
    private static IEnumerable<string> WorkerProjectDirectories()
    {
        var root = RepositoryPaths.Root;
        var pending = new Stack<string>([Path.Combine(root, "src", "AliaBatch.Worker", "AliaBatch.Worker.csproj")]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var project))
        {
            if (!seen.Add(project))
            {
                continue;
            }

            foreach (var reference in XDocument.Load(project).Descendants("ProjectReference"))
            {
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, reference.Attribute("Include")!.Value)));
            }
        }

        return seen.Select(project => Path.GetRelativePath(root, Path.GetDirectoryName(project)!).Replace('\\', '/'));
    }
}
