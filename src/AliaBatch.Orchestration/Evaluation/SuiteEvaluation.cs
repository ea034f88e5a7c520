using AliaBatch.Transport.Events;

namespace AliaBatch.Orchestration.Evaluation;

/// <summary>Output of <see cref="EvaluateSuiteActivity"/>: the headline figures and where the reports are; the reports themselves stay in storage.</summary>
/// <param name="Suite">The suite id.</param>
/// <param name="System">The system evaluated.</param>
/// <param name="Items">Items in the suite.</param>
/// <param name="MissingItems">Items without an output (scored as empty).</param>
/// <param name="Overall">The headline metrics, in points.</param>
/// <param name="ReportLocations">The full locations of <c>report.json</c>, <c>report.md</c> and <c>report.html</c>.</param>
/// <param name="Regressions">The metrics that worsened past their threshold against the previous run or the baseline.</param>
public sealed record SuiteEvaluation(
    string Suite,
    string System,
    int Items,
    int MissingItems,
    IReadOnlyDictionary<string, double> Overall,
    IReadOnlyList<string> ReportLocations,
    IReadOnlyList<RegressedMetric> Regressions);
