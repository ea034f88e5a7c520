namespace AliaBatch.Evaluation.Reports;

/// <summary>One bar of the latency histogram: items whose latency is in [<paramref name="FromMs"/>, <paramref name="ToMs"/>).</summary>
/// <param name="FromMs">Lower bound, inclusive.</param>
/// <param name="ToMs">Upper bound, exclusive (inclusive for the last bin).</param>
/// <param name="Count">Items in the bin.</param>
public sealed record HistogramBin(double FromMs, double ToMs, int Count);
