using System.Runtime.InteropServices;

namespace AliaBatch.Inference.Sessions;

/// <summary>
/// What this machine lacks for the CUDA execution provider, found before ONNX Runtime tries: its own failed attempt
/// prints an error to standard error on every model load and reports only "Failed to load shared library". Checks the
/// NVIDIA driver (<c>libcuda.so.1</c>) and, beside the application's ONNX Runtime library, the CUDA provider library
/// (a <c>dotnet build</c> leaves it out where no driver is present; see Directory.Build.targets). Anything it cannot judge
/// (another OS, an unknown layout) it leaves to ONNX Runtime.
/// </summary>
internal static class CudaPrerequisites
{
    private const string ProviderLibrary = "libonnxruntime_providers_cuda.so";

    private static readonly Lazy<string?> s_missing = new(() => Find(AppContext.BaseDirectory, CanLoadDriver));

    /// <summary>Why CUDA cannot work in this process, or null when ONNX Runtime may try.</summary>
    public static string? Missing => s_missing.Value;

    /// <summary>The check itself, over an application folder and a driver probe (tests pass their own).</summary>
    internal static string? Find(string applicationDirectory, Func<bool> canLoadDriver)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        if (!canLoadDriver())
        {
            return "this machine has no NVIDIA driver (libcuda.so.1 could not be loaded)";
        }

        var runtimeDirectory = RuntimeDirectory(applicationDirectory);
        return runtimeDirectory is not null && !File.Exists(Path.Combine(runtimeDirectory, ProviderLibrary))
            ? $"{ProviderLibrary} is not beside ONNX Runtime in {runtimeDirectory}: a dotnet build on a machine without an NVIDIA driver leaves it out; build with -p:AliaBatchGpuProviders=true, or publish"
            : null;
    }

    // Where ONNX Runtime's native library sits: the folder itself (a RID-specific publish) or runtimes/{rid}/native.
    private static string? RuntimeDirectory(string applicationDirectory) =>
        new[]
        {
            applicationDirectory,
            Path.Combine(applicationDirectory, "runtimes", RuntimeInformation.RuntimeIdentifier, "native"),
            Path.Combine(applicationDirectory, "runtimes", $"linux-{RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()}", "native"),
        }.FirstOrDefault(directory => File.Exists(Path.Combine(directory, "libonnxruntime.so")));

    private static bool CanLoadDriver()
    {
        if (!NativeLibrary.TryLoad("libcuda.so.1", out var driver))
        {
            return false;
        }

        NativeLibrary.Free(driver);
        return true;
    }
}
