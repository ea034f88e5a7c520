namespace AliaBatch.Transport.Events;

/// <summary>A metric of an <see cref="JobEventTypes.EvaluationRegressed"/> event that worsened past its threshold.</summary>
/// <param name="Suite">The suite id.</param>
/// <param name="System">The system evaluated.</param>
/// <param name="Group">The language pair (<c>es→ca</c>), language or <c>overall</c>.</param>
/// <param name="Metric">The metric name, e.g. <c>bleu</c>.</param>
/// <param name="ComparedWith"><c>previous</c> (the previous run) or <c>baseline</c> (the pinned baseline).</param>
/// <param name="ComparedRunId">The run compared with.</param>
/// <param name="Previous">The earlier value, in points.</param>
/// <param name="Current">This run's value, in points.</param>
/// <param name="Threshold">The tolerated worsening, in points.</param>
public sealed record RegressedMetric(
    string Suite,
    string System,
    string Group,
    string Metric,
    string ComparedWith,
    string ComparedRunId,
    double Previous,
    double Current,
    double Threshold);
