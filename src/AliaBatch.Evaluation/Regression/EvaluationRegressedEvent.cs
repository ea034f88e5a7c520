namespace AliaBatch.Evaluation.Regression;

/// <summary>
/// The job event raised for each regression, ready for the event publisher: type
/// <see cref="EventType"/> with the suite, system, group, metric, the earlier and current values and the threshold.
/// </summary>
/// <param name="RunId">The evaluation run that regressed.</param>
/// <param name="Suite">The suite id.</param>
/// <param name="System">The system evaluated.</param>
/// <param name="Group">The language pair, language or <see cref="RegressionChecker.OverallGroup"/>.</param>
/// <param name="Metric">The metric name.</param>
/// <param name="ComparedWith"><see cref="RegressionChecker.Previous"/> or <see cref="RegressionChecker.Baseline"/>.</param>
/// <param name="ComparedRunId">The run compared with.</param>
/// <param name="Previous">The earlier value, in points.</param>
/// <param name="Current">This run's value, in points.</param>
/// <param name="Threshold">The tolerated worsening, in points.</param>
public sealed record EvaluationRegressedEvent(
    string RunId,
    string Suite,
    string System,
    string Group,
    string Metric,
    string ComparedWith,
    string ComparedRunId,
    double Previous,
    double Current,
    double Threshold)
{
    /// <summary>The event type.</summary>
    public const string EventType = "evaluation.regressed";

    /// <summary>The event type, serialised with the payload.</summary>
    public string Type { get; init; } = EventType;
}
