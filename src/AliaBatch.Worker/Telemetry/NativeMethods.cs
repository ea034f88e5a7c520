using System.Runtime.InteropServices;

namespace AliaBatch.Worker.Telemetry;

/// <summary>The few NVML calls the GPU memory gauge needs (NVIDIA Management Library, shipped with the driver).</summary>
internal static partial class NativeMethods
{
    private const string Nvml = "libnvidia-ml.so.1";

    /// <summary>NVML_SUCCESS.</summary>
    internal const int Success = 0;

    [LibraryImport(Nvml, EntryPoint = "nvmlInit_v2")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    internal static partial int NvmlInit();

    [LibraryImport(Nvml, EntryPoint = "nvmlDeviceGetHandleByIndex_v2")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    internal static partial int NvmlDeviceGetHandleByIndex(uint index, out nint device);

    [LibraryImport(Nvml, EntryPoint = "nvmlDeviceGetMemoryInfo")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    internal static partial int NvmlDeviceGetMemoryInfo(nint device, out NvmlMemory memory);

    /// <summary><c>nvmlMemory_t</c>: bytes of device memory.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct NvmlMemory
    {
        public ulong Total;
        public ulong Free;
        public ulong Used;
    }
}
