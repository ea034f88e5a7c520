namespace AliaBatch.Evaluation.Regression;

/// <summary>A metric that worsened by more than its threshold.</summary>
/// <param name="Group">The group key or <see cref="RegressionChecker.OverallGroup"/>.</param>
/// <param name="Metric">The metric name.</param>
/// <param name="ComparedWith"><see cref="RegressionChecker.Previous"/> or <see cref="RegressionChecker.Baseline"/>.</param>
/// <param name="ComparedRunId">The run id of the report compared with.</param>
/// <param name="Reference">The earlier value, in points.</param>
/// <param name="Current">This run's value, in points.</param>
/// <param name="Threshold">The tolerated worsening, in points.</param>
public sealed record MetricRegression(
    string Group, string Metric, string ComparedWith, string ComparedRunId, double Reference, double Current, double Threshold);
