using System.Globalization;
using AliaBatch.Evaluation.Metrics.Bleu;
using AliaBatch.Evaluation.Metrics.Chrf;
using AliaBatch.Evaluation.Metrics.Classification;
using AliaBatch.Evaluation.Metrics.Rouge;
using AliaBatch.Evaluation.Metrics.Significance;
using AliaBatch.Evaluation.Metrics.Ter;

namespace AliaBatch.Evaluation.Metrics.Scoring;

/// <summary>
/// The facade behind <c>aliabatch score</c>: picks the metric by name, checks that the streams line up,
/// and returns a <see cref="MetricReport"/> that renders as JSON or sacreBLEU-style text.
/// </summary>
public static class ScoreRunner
{
    /// <summary>The ROUGE variant whose F-measure is the report's headline score.</summary>
    public const string RougeHeadline = "rougeL";

    /// <summary>Scores hypotheses against one or more reference streams.</summary>
    /// <param name="metric">One of <see cref="MetricNames.All"/> (case-insensitive).</param>
    /// <param name="hypotheses">System outputs (for classification: predicted labels), one per segment.</param>
    /// <param name="referenceSets">Reference streams aligned with the hypotheses (classification: exactly one, the gold labels).</param>
    /// <param name="options">Metric settings; reference-implementation defaults when null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="EvaluationInputException">Unknown metric, no reference, or mismatched line counts.</exception>
    public static MetricReport Score(
        string metric,
        IReadOnlyList<string> hypotheses,
        IReadOnlyList<IReadOnlyList<string>> referenceSets,
        ScoreOptions? options = null) =>
        Score(metric, hypotheses, referenceSets, options, "hypotheses", null);

    /// <summary>Reads UTF-8 files (one segment per line) and scores them; errors name the files.</summary>
    /// <param name="metric">One of <see cref="MetricNames.All"/>.</param>
    /// <param name="hypothesisPath">The system output file.</param>
    /// <param name="referencePaths">One or more reference files.</param>
    /// <param name="options">Metric settings; reference-implementation defaults when null.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The report.</returns>
    /// <exception cref="EvaluationInputException">A file is missing, the metric is unknown, or line counts differ.</exception>
    public static async Task<MetricReport> ScoreFilesAsync(
        string metric,
        string hypothesisPath,
        IReadOnlyList<string> referencePaths,
        ScoreOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hypothesisPath);
        ArgumentNullException.ThrowIfNull(referencePaths);
        var hypotheses = await ReadLinesAsync(hypothesisPath, cancellationToken);
        var references = new List<IReadOnlyList<string>>(referencePaths.Count);
        foreach (var path in referencePaths)
        {
            references.Add(await ReadLinesAsync(path, cancellationToken));
        }

        return Score(metric, hypotheses, references, options, hypothesisPath, referencePaths);
    }

    /// <summary>Paired bootstrap comparison of two systems on corpus BLEU, chrF, chrF++ or TER.</summary>
    /// <param name="metric"><c>bleu</c>, <c>chrf</c>, <c>chrf++</c> or <c>ter</c>.</param>
    /// <param name="baseline">The baseline outputs.</param>
    /// <param name="system">The candidate outputs.</param>
    /// <param name="referenceSets">The reference streams.</param>
    /// <param name="options">Metric settings.</param>
    /// <param name="resamples">Resamples (sacreBLEU default 1000).</param>
    /// <param name="seed">Seed (sacreBLEU default 12345).</param>
    /// <returns>The scores, p-value and bootstrap estimates.</returns>
    public static PairedBootstrapResult CompareSystems(
        string metric,
        IReadOnlyList<string> baseline,
        IReadOnlyList<string> system,
        IReadOnlyList<IReadOnlyList<string>> referenceSets,
        ScoreOptions? options = null,
        int resamples = PairedBootstrap.DefaultResamples,
        ulong seed = PairedBootstrap.DefaultSeed)
    {
        var statisticsMetric = StatisticsMetric(Normalize(metric), options ?? new ScoreOptions())
            ?? throw new EvaluationInputException($"Paired bootstrap supports bleu, chrf, chrf++ and ter, not '{metric}'.");
        return PairedBootstrap.Compare(statisticsMetric, baseline, system, referenceSets, resamples, seed);
    }

    private static MetricReport Score(
        string metric,
        IReadOnlyList<string> hypotheses,
        IReadOnlyList<IReadOnlyList<string>> referenceSets,
        ScoreOptions? options,
        string hypothesisName,
        IReadOnlyList<string>? referenceNames)
    {
        options ??= new ScoreOptions();
        var name = Normalize(metric);
        CorpusInput.Validate(hypotheses, referenceSets, hypothesisName, referenceNames);
        var width = options.Width;
        switch (name)
        {
            case MetricNames.Bleu:
                var bleu = new BleuMetric(options.Bleu);
                var bleuScore = bleu.CorpusScore(hypotheses, referenceSets);
                return new MetricReport(name, "BLEU", bleuScore.Score, bleu.Signature(referenceSets.Count), width)
                {
                    Bleu = bleuScore,
                    Segments = hypotheses.Count,
                };
            case MetricNames.Chrf or MetricNames.ChrfPlusPlus:
                var chrf = (ChrfMetric)StatisticsMetric(name, options)!;
                var chrfScore = chrf.CorpusScore(hypotheses, referenceSets);
                return new MetricReport(name, chrfScore.Name, chrfScore.Score, chrf.Signature(referenceSets.Count), width)
                {
                    Segments = hypotheses.Count,
                };
            case MetricNames.Ter:
                var ter = new TerMetric(options.Ter);
                var terScore = ter.CorpusScore(hypotheses, referenceSets);
                return new MetricReport(name, "TER", terScore.Score, ter.Signature(referenceSets.Count), width)
                {
                    Segments = hypotheses.Count,
                };
            case MetricNames.Rouge:
                var scorer = new RougeScorer(options.Rouge);
                var rouge = scorer.CorpusScore(hypotheses, referenceSets);
                var headline = rouge.TryGetValue(RougeHeadline, out var l) ? l.FMeasure : rouge.Values.First().FMeasure;
                var signature = string.Create(CultureInfo.InvariantCulture, $"nrefs:{referenceSets.Count}|{scorer.Signature}");
                return new MetricReport(name, "ROUGE", headline, signature, width) { Rouge = rouge, Segments = hypotheses.Count };
            default:
                return Classify(name, hypotheses, referenceSets, width);
        }
    }

    private static MetricReport Classify(string name, IReadOnlyList<string> predicted, IReadOnlyList<IReadOnlyList<string>> referenceSets, int width)
    {
        if (referenceSets.Count != 1)
        {
            throw new EvaluationInputException(string.Create(
                CultureInfo.InvariantCulture,
                $"{name} takes exactly one gold-label file, got {referenceSets.Count}."));
        }

        var gold = referenceSets[0].Select(label => label.Trim()).ToArray();
        var report = ClassificationMetrics.Evaluate(predicted.Select(label => label.Trim()).ToArray(), gold);
        var signature = string.Create(CultureInfo.InvariantCulture, $"n:{gold.Length}|labels:{report.Confusion.Labels.Count}");
        return name == MetricNames.Accuracy
            ? new MetricReport(name, "Accuracy", report.Accuracy, signature, width) { Classification = report, Segments = gold.Length }
            : new MetricReport(name, "F1", report.MacroF1, "avg:macro|" + signature, width) { Classification = report, Segments = gold.Length };
    }

    private static ICorpusStatisticsMetric? StatisticsMetric(string name, ScoreOptions options) => name switch
    {
        MetricNames.Bleu => new BleuMetric(options.Bleu),
        MetricNames.Chrf => new ChrfMetric(options.Chrf),
        MetricNames.Ter => new TerMetric(options.Ter),
        MetricNames.ChrfPlusPlus => new ChrfMetric(new ChrfOptions
        {
            CharOrder = options.Chrf.CharOrder,
            WordOrder = 2,
            Beta = options.Chrf.Beta,
            Lowercase = options.Chrf.Lowercase,
            Whitespace = options.Chrf.Whitespace,
            EpsilonSmoothing = options.Chrf.EpsilonSmoothing,
        }),
        _ => null,
    };

    private static string Normalize(string metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var name = metric.Trim().ToLowerInvariant();
        return MetricNames.All.Contains(name)
            ? name
            : throw new EvaluationInputException($"Unknown metric '{metric}'; expected one of {string.Join(", ", MetricNames.All)}.");
    }

    private static async Task<string[]> ReadLinesAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new EvaluationInputException($"File '{path}' does not exist.");
        }

        return await File.ReadAllLinesAsync(path, cancellationToken);
    }
}
