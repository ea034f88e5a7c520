namespace AliaBatch.Evaluation.Reports;

/// <summary>Timing figures of a run, from the per-item latencies the system reported.</summary>
/// <param name="Samples">Items with a latency.</param>
/// <param name="P50Ms">Median latency (linear interpolation between order statistics, NumPy's default).</param>
/// <param name="P90Ms">90th percentile.</param>
/// <param name="P99Ms">99th percentile.</param>
/// <param name="MeanMs">Mean latency.</param>
/// <param name="MaxMs">Largest latency.</param>
/// <param name="DocumentsPerSecond">Items per second of elapsed time.</param>
/// <param name="TokensPerSecond">Output tokens per second of elapsed time; null when no token counts were given.</param>
/// <param name="ElapsedSeconds">
/// The elapsed time the rates divide by: the run's wall-clock time when given, else the sum of latencies
/// (the throughput of one item at a time).
/// </param>
/// <param name="Histogram">The latency distribution.</param>
public sealed record LatencySummary(
    int Samples,
    double P50Ms,
    double P90Ms,
    double P99Ms,
    double MeanMs,
    double MaxMs,
    double DocumentsPerSecond,
    double? TokensPerSecond,
    double ElapsedSeconds,
    IReadOnlyList<HistogramBin> Histogram);
