using AliaBatch.Evaluation.Reports;

namespace AliaBatch.Evaluation.Suites;

/// <summary>Percentiles, rates and the histogram of per-item latencies.</summary>
internal static class LatencyStatistics
{
    private static readonly double[] s_steps = [1, 2, 5, 10];

    public static LatencySummary? Summarize(IEnumerable<SystemOutput?> outputs, double? elapsedSeconds, int bins)
    {
        var timed = outputs.Where(o => o?.LatencyMs is >= 0).Select(o => o!).ToList();
        if (timed.Count == 0)
        {
            return null;
        }

        var latencies = timed.Select(o => o.LatencyMs!.Value).Order().ToArray();
        var elapsed = elapsedSeconds is > 0 ? elapsedSeconds.Value : latencies.Sum() / 1000;
        var tokens = timed.Where(o => o.OutputTokens is not null).Sum(o => (long)o.OutputTokens!.Value);
        var anyTokens = timed.Any(o => o.OutputTokens is not null);
        return new LatencySummary(
            latencies.Length,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.90),
            Percentile(latencies, 0.99),
            latencies.Average(),
            latencies[^1],
            elapsed > 0 ? latencies.Length / elapsed : 0,
            anyTokens && elapsed > 0 ? tokens / elapsed : null,
            elapsed,
            Histogram(latencies, bins));
    }

    /// <summary>NumPy's default (linear) percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double fraction)
    {
        var position = (sorted.Length - 1) * fraction;
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
    }

    private static List<HistogramBin> Histogram(double[] sorted, int bins)
    {
        var width = NiceWidth(sorted[^1] / bins);
        var count = Math.Max(1, (int)Math.Ceiling(sorted[^1] / width));
        if (sorted[^1] >= count * width)
        {
            count++;
        }

        var counts = new int[count];
        foreach (var latency in sorted)
        {
            counts[Math.Min(count - 1, (int)(latency / width))]++;
        }

        return [.. counts.Select((n, i) => new HistogramBin(i * width, (i + 1) * width, n))];
    }

    /// <summary>The smallest 1, 2 or 5 times a power of ten at least <paramref name="raw"/>, so bin edges read well.</summary>
    private static double NiceWidth(double raw)
    {
        if (raw <= 0)
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        return s_steps.Select(step => step * magnitude).First(width => width >= raw);
    }
}
