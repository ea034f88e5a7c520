namespace AliaBatch.Evaluation.Suites;

/// <summary>A metric a suite reports, with the drop that counts as a regression.</summary>
/// <param name="Name">One of <see cref="SuiteMetricNames"/> valid for the suite's task.</param>
/// <param name="RegressionThreshold">
/// The largest tolerated worsening in points (0–100 scale) against the previous run or the pinned
/// baseline; a larger drop (a larger rise for TER) is a regression.
/// </param>
public sealed record SuiteMetric(string Name, double RegressionThreshold);
