using AliaBatch.Evaluation.Metrics;
using AliaBatch.Evaluation.Reports;

namespace AliaBatch.Evaluation.Suites;

/// <summary>
/// Scores a system's outputs on a suite with <see cref="Metrics.Scoring.ScoreRunner"/>: per language pair (translation)
/// or language, the suite's metrics plus each task's defaults (BLEU and chrF; ROUGE-1/2/L and BLEU; accuracy and
/// macro F1), per-class figures and the confusion matrix for labels, and latency figures when timings are given.
/// </summary>
public static partial class SuiteScorer
{
    /// <summary>The label scored for classification and language-identification items without an output.</summary>
    public const string MissingLabel = "(missing)";

    /// <summary>Scores <paramref name="outputs"/> on <paramref name="suite"/>.</summary>
    /// <param name="suite">The suite.</param>
    /// <param name="outputs">The system's outputs; ids must belong to the suite.</param>
    /// <param name="runId">The evaluation run's id.</param>
    /// <param name="createdAt">The time recorded in the report (the caller's clock, so orchestrations stay deterministic).</param>
    /// <param name="options">Metric and report settings.</param>
    /// <returns>The report.</returns>
    /// <exception cref="EvaluationInputException">An output's id is not an item of the suite.</exception>
    public static EvaluationReport Score(Suite suite, SystemOutputs outputs, string runId, DateTimeOffset createdAt, SuiteScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        options ??= new SuiteScoringOptions();
        var known = suite.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var stray = outputs.Items.Keys.FirstOrDefault(id => !known.Contains(id));
        if (stray is not null)
        {
            throw new EvaluationInputException($"The outputs of '{outputs.System}' include '{stray}', which is not an item of suite '{suite.Id}'.");
        }

        var metrics = MetricsFor(suite);
        var labels = suite.Manifest.Task is SuiteTask.Classification or SuiteTask.LanguageIdentification;
        var report = labels ? ScoreLabels(suite, outputs, metrics) : ScoreTexts(suite, outputs, metrics, options);
        return report with
        {
            RunId = runId,
            System = outputs.System,
            CreatedAt = createdAt,
            MissingItems = suite.Items.Count(i => !outputs.Items.ContainsKey(i.Id)),
            Latency = LatencyStatistics.Summarize(suite.Items.Select(i => outputs.Items.GetValueOrDefault(i.Id)), outputs.ElapsedSeconds, options.HistogramBins),
            Thresholds = suite.Manifest.Metrics.ToDictionary(m => m.Name, m => m.RegressionThreshold, StringComparer.Ordinal),
        };
    }

    private static List<string> MetricsFor(Suite suite) =>
        [.. SuiteMetricNames.Defaults(suite.Manifest.Task).Union(suite.Manifest.Metrics.Select(m => m.Name), StringComparer.Ordinal)];

    private static EvaluationReport Blank(Suite suite, IReadOnlyList<MetricValue> overall, IReadOnlyList<GroupResult> groups) => new()
    {
        RunId = string.Empty,
        Suite = suite.Id,
        SuiteVersion = suite.Manifest.Version,
        Task = suite.Manifest.Task,
        System = string.Empty,
        CreatedAt = default,
        Items = suite.Items.Count,
        Overall = overall,
        Groups = groups,
    };
}
