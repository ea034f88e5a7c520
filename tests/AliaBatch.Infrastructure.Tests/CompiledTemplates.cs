using System.Runtime.Versioning;
using System.Text.Json;
using AliaBatch.Infrastructure.Tests.Arm;
using AliaBatch.Testing;
using Xunit;

[assembly: AssemblyFixture(typeof(AliaBatch.Infrastructure.Tests.CompiledTemplates))]

// The Bicep CLI comes from the linux-x64 package.
[assembly: SupportedOSPlatform("linux")]

namespace AliaBatch.Infrastructure.Tests;

/// <summary>
/// Compiles the templates and parameter files once for the whole test assembly: main.bicep,
/// eventgrid-subscription.bicep and every .bicepparam (three CLI runs, in parallel).
/// </summary>
public sealed class CompiledTemplates : IAsyncLifetime
{
    private readonly TemporaryFolder _parametersOutput = new("bicep-params");
    private Dictionary<string, IReadOnlyDictionary<string, JsonElement>> _parameterFiles = [];

    public static string BicepDirectory { get; } = RepositoryPaths.InRepository("bicep");

    public BicepResult MainBuild { get; private set; } = null!;

    public BicepResult EventGridSubscriptionBuild { get; private set; } = null!;

    public BicepResult ParameterFilesBuild { get; private set; } = null!;

    /// <summary>main.bicep with its default parameter values.</summary>
    public ArmTemplate Main { get; private set; } = null!;

    /// <summary>The compiled main.bicep as text, for whole-template searches.</summary>
    public string MainJson { get; private set; } = "";

    public ArmTemplate EventGridSubscription { get; private set; } = null!;

    /// <summary>Names of the .bicepparam files in bicep/.</summary>
    public IReadOnlyList<string> ParameterFileNames { get; } =
        [.. Directory.GetFiles(BicepDirectory, "*.bicepparam").Select(Path.GetFileName).Order()!];

    /// <summary>main.bicep with the values of a parameter file (e.g. main.prod.bicepparam).</summary>
    public ArmTemplate MainWith(string parameterFileName) => new(Main.Root, _parameterFiles[parameterFileName]);

    /// <summary>The compiled parameters of a parameter file, or null when it did not compile.</summary>
    public IReadOnlyDictionary<string, JsonElement>? ParametersOf(string parameterFileName) =>
        _parameterFiles.GetValueOrDefault(parameterFileName);

    public async ValueTask InitializeAsync()
    {
        var main = BicepCli.RunAsync(["build", "main.bicep", "--stdout"], BicepDirectory);
        var subscription = BicepCli.RunAsync(["build", "eventgrid-subscription.bicep", "--stdout"], BicepDirectory);
        var parameters = BicepCli.RunAsync(
            ["build-params", "--pattern", "*.bicepparam", "--outdir", _parametersOutput.Path], BicepDirectory);

        MainBuild = await main;
        EventGridSubscriptionBuild = await subscription;
        ParameterFilesBuild = await parameters;

        MainJson = MainBuild.StandardOutput;
        Main = new ArmTemplate(Parse(MainBuild));
        EventGridSubscription = new ArmTemplate(Parse(EventGridSubscriptionBuild));
        _parameterFiles = ParameterFileNames
            .Select(name => (name, path: _parametersOutput.Combine(Path.ChangeExtension(name, ".json"))))
            .Where(file => File.Exists(file.path))
            .ToDictionary(
                file => file.name,
                file => (IReadOnlyDictionary<string, JsonElement>)JsonDocument.Parse(File.ReadAllText(file.path))
                    .RootElement.GetProperty("parameters").EnumerateObject()
                    .ToDictionary(parameter => parameter.Name, parameter => parameter.Value.GetProperty("value").Clone()));
    }

    public ValueTask DisposeAsync()
    {
        _parametersOutput.Dispose();
        return ValueTask.CompletedTask;
    }

    private static JsonElement Parse(BicepResult build) =>
        build.ExitCode == 0
            ? JsonDocument.Parse(build.StandardOutput).RootElement.Clone()
            : throw new InvalidOperationException(build.Describe());
}
