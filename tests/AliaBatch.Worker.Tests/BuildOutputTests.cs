using Xunit;

namespace AliaBatch.Worker.Tests;

/// <summary>
/// What Directory.Build.targets leaves in a build folder: ONNX Runtime's CUDA provider only where an NVIDIA driver is
/// present (`dotnet publish` always includes it). This test project's own build folder is the specimen.
/// </summary>
public sealed class BuildOutputTests
{
    private static readonly string s_native = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native");

    [Fact]
    public void BuildFolder_WithoutAnNvidiaDriver_LeavesOutTheGpuProvidersOnly()
    {
        Assert.SkipWhen(File.Exists("/proc/driver/nvidia/version"), "this machine has an NVIDIA driver, so the build keeps the CUDA provider");
        Assert.SkipUnless(OperatingSystem.IsLinux(), "the GPU package carries linux-x64 libraries only");

        Assert.True(File.Exists(Path.Combine(s_native, "libonnxruntime.so")), "ONNX Runtime's own library must stay");
        Assert.True(File.Exists(Path.Combine(s_native, "libonnxruntime_providers_shared.so")), "the shared provider bridge must stay");
        Assert.False(File.Exists(Path.Combine(s_native, "libonnxruntime_providers_cuda.so")), "the CUDA provider was copied without a driver to load it");
        Assert.False(File.Exists(Path.Combine(s_native, "libonnxruntime_providers_tensorrt.so")), "the TensorRT provider was copied without a driver to load it");
    }
}
