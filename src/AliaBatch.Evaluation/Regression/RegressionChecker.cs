using AliaBatch.Evaluation.Reports;

namespace AliaBatch.Evaluation.Regression;

/// <summary>
/// Compares a report with the previous run's and the pinned baseline's, metric by metric and group by group.
/// A metric regresses when it is worse than the earlier value by more than the suite's threshold for it
/// (absolute points; for TER a rise). Reports of another suite version are not compared.
/// </summary>
public static class RegressionChecker
{
    /// <summary>The group name of the headline figures.</summary>
    public const string OverallGroup = "overall";

    /// <summary><see cref="MetricRegression.ComparedWith"/> for the previous run.</summary>
    public const string Previous = "previous";

    /// <summary><see cref="MetricRegression.ComparedWith"/> for the pinned baseline.</summary>
    public const string Baseline = "baseline";

    // Scores are sums of doubles; a difference this small is rounding, not a regression.
    private const double Tolerance = 1e-9;

    /// <summary>Compares <paramref name="current"/> with the earlier reports.</summary>
    /// <param name="current">This run's report.</param>
    /// <param name="previous">The previous run's report for the same suite and system, or null.</param>
    /// <param name="baseline">The pinned baseline report, or null.</param>
    /// <returns>The comparisons and regressions.</returns>
    /// <exception cref="ArgumentException">An earlier report is of another suite.</exception>
    public static RegressionResult Check(EvaluationReport current, EvaluationReport? previous, EvaluationReport? baseline)
    {
        ArgumentNullException.ThrowIfNull(current);
        previous = Comparable(current, previous, nameof(previous));
        baseline = Comparable(current, baseline, nameof(baseline));
        var comparisons = new List<MetricComparison>();
        var regressions = new List<MetricRegression>();
        foreach (var (group, metrics) in Figures(current))
        {
            foreach (var value in metrics)
            {
                double? threshold = current.Thresholds.TryGetValue(value.Metric, out var t) ? t : null;
                var comparison = new MetricComparison(
                    group, value.Metric, value.Value, Find(previous, group, value.Metric), Find(baseline, group, value.Metric), threshold);
                comparisons.Add(comparison);
                Flag(comparison, Previous, previous?.RunId, comparison.Previous, regressions);
                Flag(comparison, Baseline, baseline?.RunId, comparison.Baseline, regressions);
            }
        }

        return new RegressionResult(current.Suite, current.System, current.RunId, previous?.RunId, baseline?.RunId, comparisons, regressions);
    }

    private static void Flag(MetricComparison comparison, string against, string? runId, double? reference, List<MetricRegression> regressions)
    {
        if (comparison.Threshold is { } threshold && reference is { } earlier && comparison.Worsening(earlier) > threshold + Tolerance)
        {
            regressions.Add(new MetricRegression(comparison.Group, comparison.Metric, against, runId!, earlier, comparison.Current, threshold));
        }
    }

    private static IEnumerable<(string Group, IReadOnlyList<MetricValue> Metrics)> Figures(EvaluationReport report) =>
        new[] { (OverallGroup, report.Overall) }.Concat(report.Groups.Select(g => (g.Key, g.Metrics)));

    private static double? Find(EvaluationReport? report, string group, string metric) =>
        report is null
            ? null
            : Figures(report).Where(f => f.Group == group).SelectMany(f => f.Metrics).FirstOrDefault(m => m.Metric == metric)?.Value;

    private static EvaluationReport? Comparable(EvaluationReport current, EvaluationReport? earlier, string name)
    {
        if (earlier is null)
        {
            return null;
        }

        if (earlier.Suite != current.Suite)
        {
            throw new ArgumentException($"The {name} report is of suite '{earlier.Suite}', not '{current.Suite}'.", name);
        }

        return earlier.SuiteVersion == current.SuiteVersion ? earlier : null;
    }
}
