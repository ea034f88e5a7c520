using AliaBatch.Evaluation.Suites;

namespace AliaBatch.Evaluation.Reports;

/// <summary>The scores of one system on one suite: the unit compared across runs for regressions.</summary>
public sealed record EvaluationReport
{
    /// <summary>The evaluation run that produced the report.</summary>
    public required string RunId { get; init; }

    /// <summary>The suite's id.</summary>
    public required string Suite { get; init; }

    /// <summary>The suite's version; reports of different versions are not compared.</summary>
    public required string SuiteVersion { get; init; }

    /// <summary>The suite's task.</summary>
    public required SuiteTask Task { get; init; }

    /// <summary>The system evaluated (model name, or model and settings).</summary>
    public required string System { get; init; }

    /// <summary>When the outputs were scored, as given by the caller.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Items in the suite.</summary>
    public required int Items { get; init; }

    /// <summary>Items the system produced no output for; they are scored as empty outputs.</summary>
    public int MissingItems { get; init; }

    /// <summary>
    /// The headline metrics: for translation and summarisation the unweighted mean over the groups, for
    /// classification and language identification the figures over all items.
    /// </summary>
    public required IReadOnlyList<MetricValue> Overall { get; init; }

    /// <summary>The metrics per language pair or language, in suite order.</summary>
    public required IReadOnlyList<GroupResult> Groups { get; init; }

    /// <summary>Per-class figures (classification and language identification).</summary>
    public IReadOnlyList<ClassScore> Classes { get; init; } = [];

    /// <summary>The confusion matrix (classification and language identification).</summary>
    public ConfusionTable? Confusion { get; init; }

    /// <summary>Timing figures, when the outputs came with latencies.</summary>
    public LatencySummary? Latency { get; init; }

    /// <summary>The regression threshold of each metric, in points, copied from the suite.</summary>
    public IReadOnlyDictionary<string, double> Thresholds { get; init; } = new Dictionary<string, double>();
}
