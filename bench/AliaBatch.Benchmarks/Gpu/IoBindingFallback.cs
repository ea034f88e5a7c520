using AliaBatch.Inference.Sessions;
using Microsoft.ML.OnnxRuntime;

namespace AliaBatch.Benchmarks.Gpu;

/// <summary>
/// Runs generation with the engine's default (IOBinding on CUDA) and, where that path fails on the device, once more
/// copying through host memory, so a one-shot GPU run still measures something and says what failed. Nothing is
/// retried on the CPU, where the default already copies.
/// </summary>
internal static class IoBindingFallback
{
    public static (T Result, string? IoBindingError) Run<T>(ExecutionProviderKind provider, Func<bool?, T> generate)
    {
        ArgumentNullException.ThrowIfNull(generate);
        try
        {
            return (generate(null), null);
        }
        catch (Exception exception) when (provider != ExecutionProviderKind.Cpu && exception is OnnxRuntimeException or InvalidOperationException)
        {
            return (generate(false), $"{exception.GetType().Name}: {exception.Message}");
        }
    }
}
