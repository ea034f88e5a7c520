using AliaBatch.Evaluation.Regression;

namespace AliaBatch.Evaluation.Reports;

/// <summary>An evaluation run: every suite × system evaluated together, written to <c>{runId}/report.*</c>.</summary>
/// <param name="RunId">The run's id; also its folder name in the results store.</param>
/// <param name="StartedAt">When the run started, as given by the caller.</param>
/// <param name="Results">The results, in the order evaluated.</param>
public sealed record EvaluationRun(string RunId, DateTimeOffset StartedAt, IReadOnlyList<EvaluatedSuite> Results)
{
    /// <summary>True when any result regressed; <c>aliabatch eval</c> then exits with <c>ExitCodes.QualityRegression</c> (6).</summary>
    public bool HasRegressions => Results.Any(r => r.Regression.HasRegressions);

    /// <summary>The <see cref="EvaluationRegressedEvent"/>s to publish, one per regression.</summary>
    /// <returns>The events.</returns>
    public IReadOnlyList<EvaluationRegressedEvent> RegressionEvents() => [.. Results.SelectMany(r => r.Regression.ToEvents())];
}
