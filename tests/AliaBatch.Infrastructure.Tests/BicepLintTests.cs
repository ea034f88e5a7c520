using System.Text;
using System.Text.Json;
using AliaBatch.Infrastructure.Tests.Arm;
using Xunit;

namespace AliaBatch.Infrastructure.Tests;

/// <summary>Every template and parameter file compiles and lints without a single diagnostic.</summary>
public sealed class BicepLintTests(CompiledTemplates templates)
{
    [Fact]
    public async Task Lint_EveryTemplateAndParameterFile_ExitsZeroWithoutDiagnostics()
    {
        // Arrange
        var expectedFiles = Directory.GetFiles(CompiledTemplates.BicepDirectory, "*.bicep*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".bicep", StringComparison.Ordinal) || path.EndsWith(".bicepparam", StringComparison.Ordinal))
            .Select(Path.GetFullPath)
            .Order(StringComparer.Ordinal)
            .ToArray();

        // Act
        var lint = await BicepCli.RunAsync(
            ["lint", "--diagnostics-format", "sarif", "--pattern", "**/*.bicep*"],
            CompiledTemplates.BicepDirectory,
            TestContext.Current.CancellationToken);

        // Assert
        Assert.True(lint.ExitCode == 0, lint.Describe());
        Assert.True(lint.StandardError.Length == 0, lint.Describe());
        var runs = ReadSarifRuns(lint.StandardOutput);
        Assert.Equal(expectedFiles.Length, runs.Count);
        var diagnostics = runs
            .SelectMany(run => run.GetProperty("results").EnumerateArray())
            .Select(result => result.GetRawText())
            .ToArray();
        Assert.True(diagnostics.Length == 0, string.Join(Environment.NewLine, diagnostics));
        Assert.Contains(expectedFiles, path => path.EndsWith("main.bicep", StringComparison.Ordinal));
        Assert.Contains(expectedFiles, path => path.EndsWith("main.prod.bicepparam", StringComparison.Ordinal));
    }

    [Fact]
    public void BuildParams_EveryParameterFile_ExitsZeroWithoutDiagnostics()
    {
        // Arrange
        var build = templates.ParameterFilesBuild;

        // Act
        var missing = templates.ParameterFileNames.Where(name => templates.ParametersOf(name) is null).ToArray();

        // Assert
        Assert.True(build.ExitCode == 0, build.Describe());
        Assert.True(build.StandardError.Length == 0 && build.StandardOutput.Length == 0, build.Describe());
        Assert.Empty(missing);
        Assert.Contains("main.dev.bicepparam", templates.ParameterFileNames);
        Assert.Contains("main.prod.bicepparam", templates.ParameterFileNames);
    }

    [Fact]
    public void Build_MainAndEventGridSubscription_ExitZeroWithoutDiagnostics()
    {
        // Arrange
        BicepResult[] builds = [templates.MainBuild, templates.EventGridSubscriptionBuild];

        // Act
        var failed = builds.Where(build => build.ExitCode != 0 || build.StandardError.Length != 0).ToArray();

        // Assert
        Assert.True(failed.Length == 0, string.Join(Environment.NewLine, failed.Select(build => build.Describe())));
    }

    [Fact]
    public void BicepConfig_EveryConfiguredRule_IsRaisedToError()
    {
        // Arrange
        using var config = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(CompiledTemplates.BicepDirectory, "bicepconfig.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });

        // Act
        var rules = config.RootElement.GetProperty("analyzers").GetProperty("core").GetProperty("rules").EnumerateObject().ToArray();

        // Assert
        Assert.True(rules.Length >= 30);
        Assert.All(rules, rule => Assert.Equal("error", rule.Value.GetProperty("level").GetString()));
        Assert.Contains(rules, rule => rule.Name == "no-unused-params");
        Assert.Contains(rules, rule => rule.Name == "outputs-should-not-contain-secrets");
    }

    [Fact]
    public void Parameters_EveryTemplateAndModule_HaveDescriptions()
    {
        // Arrange
        var roots = new List<(string Name, JsonElement Template)>
        {
            ("main.bicep", templates.Main.Root),
            ("eventgrid-subscription.bicep", templates.EventGridSubscription.Root),
        };
        roots.AddRange(templates.Main.ResourcesOfType("Microsoft.Resources/deployments")
            .Select(module => (module.GetProperty("name").GetString()!, module.GetProperty("properties").GetProperty("template"))));

        // Act
        var undocumented = roots
            .SelectMany(root => root.Template.GetProperty("parameters").EnumerateObject()
                .Where(parameter => !parameter.Value.TryGetProperty("metadata", out var metadata)
                    || !metadata.TryGetProperty("description", out var description)
                    || string.IsNullOrWhiteSpace(description.GetString()))
                .Select(parameter => $"{root.Name}: {parameter.Name}"))
            .ToArray();

        // Assert
        Assert.Equal(12, roots.Count);
        Assert.Empty(undocumented);
    }

    private static List<JsonElement> ReadSarifRuns(string output)
    {
        // With --pattern the CLI writes one SARIF document per file, one after another.
        var runs = new List<JsonElement>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(output), new JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read())
        {
            using var document = JsonDocument.ParseValue(ref reader);
            runs.AddRange(document.RootElement.GetProperty("runs").EnumerateArray().Select(run => run.Clone()));
        }

        return runs;
    }
}
