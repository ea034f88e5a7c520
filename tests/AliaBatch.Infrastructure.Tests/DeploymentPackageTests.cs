using System.Diagnostics;
using System.Text.Json;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Infrastructure.Tests;

/// <summary>
/// What each app's deployment carries of ONNX Runtime, read from the package assets MSBuild resolves for publish (the
/// list `dotnet publish` copies) without publishing: the GPU worker image needs the CUDA provider, the Functions app's
/// package (Flex Consumption, no GPU) is 284 MB smaller without it (Directory.Build.targets).
/// </summary>
public sealed class DeploymentPackageTests
{
    [Fact]
    public async Task FunctionsApp_PublishAssets_LeaveOutTheGpuProviders()
    {
        var files = await PublishAssetsAsync("AliaBatch.Functions");

        Assert.Contains("libonnxruntime.so", files);
        Assert.DoesNotContain("libonnxruntime_providers_cuda.so", files);
        Assert.DoesNotContain("libonnxruntime_providers_tensorrt.so", files);
    }

    [Fact]
    public async Task Worker_PublishAssets_CarryTheCudaProvider()
    {
        var files = await PublishAssetsAsync("AliaBatch.Worker");

        Assert.Contains("libonnxruntime.so", files);
        Assert.Contains("libonnxruntime_providers_cuda.so", files);
    }

    private static async Task<IReadOnlyList<string>> PublishAssetsAsync(string project)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["msbuild", RepositoryPaths.InRepository("src", project, $"{project}.csproj"), "-nologo", "-nodeReuse:false",
                     "-t:ResolveLockFileCopyLocalFiles", "-getItem:_ResolvedCopyLocalBuildAssets"])
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
        Assert.True(process.ExitCode == 0, $"dotnet msbuild failed for {project} ({process.ExitCode}): {await output}{await error}");

        using var json = JsonDocument.Parse(await output);
        return [.. json.RootElement.GetProperty("Items").GetProperty("_ResolvedCopyLocalBuildAssets").EnumerateArray()
            .Select(item => item.GetProperty("Filename").GetString() + item.GetProperty("Extension").GetString())];
    }
}
