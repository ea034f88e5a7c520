namespace AliaBatch.Evaluation.Regression;

/// <summary>A report compared with the previous run and the pinned baseline.</summary>
/// <param name="Suite">The suite id.</param>
/// <param name="System">The system evaluated.</param>
/// <param name="RunId">This run's id.</param>
/// <param name="PreviousRunId">The previous run compared with; null when there was none (or of another suite version).</param>
/// <param name="BaselineRunId">The baseline's run id; null when none is pinned (or of another suite version).</param>
/// <param name="Comparisons">Every metric of every group, overall first.</param>
/// <param name="Regressions">The metrics that worsened past their thresholds.</param>
public sealed record RegressionResult(
    string Suite,
    string System,
    string RunId,
    string? PreviousRunId,
    string? BaselineRunId,
    IReadOnlyList<MetricComparison> Comparisons,
    IReadOnlyList<MetricRegression> Regressions)
{
    /// <summary>True when any metric regressed; <c>aliabatch eval</c> then exits with <c>ExitCodes.QualityRegression</c> (6).</summary>
    public bool HasRegressions => Regressions.Count > 0;

    /// <summary>One <see cref="EvaluationRegressedEvent"/> per regression.</summary>
    /// <returns>The events.</returns>
    public IReadOnlyList<EvaluationRegressedEvent> ToEvents() =>
        [.. Regressions.Select(r => new EvaluationRegressedEvent(
            RunId, Suite, System, r.Group, r.Metric, r.ComparedWith, r.ComparedRunId, r.Reference, r.Current, r.Threshold))];
}
