namespace AliaBatch.Benchmarks.Gpu;

/// <summary>One GPU benchmark run: how the model was built and loaded, and each batch size measured or skipped.</summary>
internal sealed record GpuResults(
    GpuSettings Settings,
    DateTimeOffset Date,
    string ExecutionProvider,
    string OnnxRuntimeVersion,
    double BuildSeconds,
    long ModelBytes,
    double LoadSeconds,
    IReadOnlyList<GpuMeasurement> Measurements,
    IReadOnlyList<int> SkippedBatchSizes);
