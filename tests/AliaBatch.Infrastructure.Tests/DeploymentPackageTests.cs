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

    // The list `dotnet publish` copies from packages.
    private static Task<IReadOnlyList<string>> PublishAssetsAsync(string project) =>
        MsBuildQuery.GetItemFileNamesAsync(project, "ResolveLockFileCopyLocalFiles", "_ResolvedCopyLocalBuildAssets");
}
