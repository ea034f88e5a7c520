using AliaBatch.Evaluation.Suites;

namespace AliaBatch.Evaluation.Regression;

/// <summary>One metric of one group (or <see cref="RegressionChecker.OverallGroup"/>) next to the same figure of the previous run and the baseline.</summary>
/// <param name="Group">The group key (<c>es→ca</c>, <c>eu</c>) or <see cref="RegressionChecker.OverallGroup"/>.</param>
/// <param name="Metric">The metric name.</param>
/// <param name="Current">This run's value, in points.</param>
/// <param name="Previous">The previous run's value, when there is one.</param>
/// <param name="Baseline">The pinned baseline's value, when there is one.</param>
/// <param name="Threshold">The regression threshold in points, when the suite sets one for the metric.</param>
public sealed record MetricComparison(string Group, string Metric, double Current, double? Previous, double? Baseline, double? Threshold)
{
    /// <summary>Current minus previous (positive is better except for TER).</summary>
    public double? DeltaPrevious => Current - Previous;

    /// <summary>Current minus baseline.</summary>
    public double? DeltaBaseline => Current - Baseline;

    /// <summary>How much worse than <paramref name="reference"/> the current value is, in points (negative when better).</summary>
    /// <param name="reference">The earlier value.</param>
    /// <returns>The worsening.</returns>
    public double Worsening(double reference) => SuiteMetricNames.LowerIsBetter(Metric) ? Current - reference : reference - Current;
}
