namespace AliaBatch.Benchmarks.Gpu;

/// <summary>One GPU benchmark run: how the model was built and loaded, whether the device agreed with the CPU, and each batch size measured or skipped.</summary>
internal sealed record GpuResults(
    GpuSettings Settings,
    DateTimeOffset Date,
    string ExecutionProvider,
    string OnnxRuntimeVersion,
    double BuildSeconds,
    long ModelBytes,
    double LoadSeconds,
    IReadOnlyList<GpuParityResult> Parity,
    string? IoBindingError,
    IReadOnlyList<GpuMeasurement> Measurements,
    IReadOnlyList<int> SkippedBatchSizes);
