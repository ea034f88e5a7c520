namespace AliaBatch.Worker.Telemetry;

/// <summary>Reads one CUDA device's memory through NVML; exists only where the NVIDIA driver's NVML library loads.</summary>
public sealed class GpuMemoryProbe
{
    private readonly nint _device;

    private GpuMemoryProbe(int deviceId, nint device)
    {
        DeviceId = deviceId;
        _device = device;
    }

    /// <summary>The CUDA device ordinal.</summary>
    public int DeviceId { get; }

    /// <summary>Opens the device, or returns null (with the reason) when there is no NVIDIA driver or no such device.</summary>
    public static GpuMemoryProbe? TryOpen(int deviceId, out string? reason)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(deviceId);
        try
        {
            var status = NativeMethods.NvmlInit();
            if (status != NativeMethods.Success)
            {
                reason = $"nvmlInit failed with NVML status {status}";
                return null;
            }

            status = NativeMethods.NvmlDeviceGetHandleByIndex((uint)deviceId, out var device);
            if (status != NativeMethods.Success)
            {
                reason = $"NVML has no device {deviceId} (status {status})";
                return null;
            }

            reason = null;
            return new GpuMemoryProbe(deviceId, device);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            reason = $"the NVIDIA driver's NVML library is not available ({exception.Message})";
            return null;
        }
    }

    /// <summary>Used and total device memory in bytes, or null when the read fails.</summary>
    public (long Used, long Total)? Read()
    {
        return NativeMethods.NvmlDeviceGetMemoryInfo(_device, out var memory) == NativeMethods.Success
            ? ((long)memory.Used, (long)memory.Total)
            : null;
    }
}
