using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace AliaBatch.Testing;

/// <summary>
/// Asks MSBuild what a project would do without building it (<c>dotnet msbuild -getProperty</c> / <c>-getItem</c>, about a
/// second each): how publish settings come out, which files a publish would copy.
/// </summary>
public static class MsBuildQuery
{
    /// <summary>The evaluated value of <paramref name="property"/> in <c>src/{project}</c>, given global <paramref name="properties"/>.</summary>
    public static async Task<string> GetPropertyAsync(string project, string property, params IEnumerable<string> properties) =>
        (await RunAsync(project, [$"-getProperty:{property}", .. properties.Select(setting => $"-p:{setting}")])).Trim();

    /// <summary>The file names (name and extension) in item list <paramref name="item"/> after <paramref name="target"/> runs in <c>src/{project}</c>.</summary>
    public static async Task<IReadOnlyList<string>> GetItemFileNamesAsync(string project, string target, string item)
    {
        using var json = JsonDocument.Parse(await RunAsync(project, [$"-t:{target}", $"-getItem:{item}"]));
        return [.. json.RootElement.GetProperty("Items").GetProperty(item).EnumerateArray()
            .Select(entry => entry.GetProperty("Filename").GetString() + entry.GetProperty("Extension").GetString())];
    }

    private static async Task<string> RunAsync(string project, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["msbuild", RepositoryPaths.InRepository("src", project, $"{project}.csproj"), "-nologo", "-nodeReuse:false", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet msbuild.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"dotnet msbuild failed for {project} ({process.ExitCode}): {await output}{await error}");
    }
}
