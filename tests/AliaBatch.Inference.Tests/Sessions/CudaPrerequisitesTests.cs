using System.Runtime.InteropServices;
using AliaBatch.Inference.Sessions;
using Xunit;

namespace AliaBatch.Inference.Tests.Sessions;

public sealed class CudaPrerequisitesTests : IDisposable
{
    // Where a portable build puts ONNX Runtime's native library for this machine.
    private static readonly string s_nativeFolder = Path.Combine("runtimes", RuntimeInformation.RuntimeIdentifier, "native");

    private readonly TempDirectory _app = new();

    [Fact]
    public void Find_NoDriver_NamesTheDriverLibrary()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "the check judges Linux machines only");

        var missing = CudaPrerequisites.Find(_app.Path, canLoadDriver: () => false);

        Assert.NotNull(missing);
        Assert.Contains("no NVIDIA driver", missing, StringComparison.Ordinal);
        Assert.Contains("libcuda.so.1", missing, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Find_DriverButNoProviderBesideTheRuntime_NamesTheFolderAndTheBuildSwitch(bool underRuntimes)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "the check judges Linux machines only");
        var runtime = Runtime(underRuntimes ? s_nativeFolder : "");

        var missing = CudaPrerequisites.Find(_app.Path, canLoadDriver: () => true);

        Assert.NotNull(missing);
        Assert.Contains("libonnxruntime_providers_cuda.so", missing, StringComparison.Ordinal);
        Assert.Contains(runtime, missing, StringComparison.Ordinal);
        Assert.Contains("-p:AliaBatchGpuProviders=true", missing, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_DriverAndProviderPresent_LeavesItToOnnxRuntime()
    {
        var runtime = Runtime(s_nativeFolder);
        File.WriteAllBytes(Path.Combine(runtime, "libonnxruntime_providers_cuda.so"), []);

        Assert.Null(CudaPrerequisites.Find(_app.Path, canLoadDriver: () => true));
    }

    [Fact]
    public void Find_RuntimeNotFound_LeavesItToOnnxRuntime()
    {
        Assert.Null(CudaPrerequisites.Find(_app.Path, canLoadDriver: () => true));
    }

    [Fact]
    public void Missing_MachineWithoutADriver_SaysSoInsteadOfTryingCuda()
    {
        Assert.SkipWhen(File.Exists("/proc/driver/nvidia/version") || !OperatingSystem.IsLinux(), "judged on Linux machines without an NVIDIA driver");

        Assert.Contains("libcuda.so.1", CudaPrerequisites.Missing, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();

    private string Runtime(string layout)
    {
        var directory = Path.Combine(_app.Path, layout);
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, "libonnxruntime.so"), []);
        return directory;
    }
}
