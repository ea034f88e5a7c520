using System.Globalization;
using AliaBatch.Evaluation.Metrics.Scoring;
using AliaBatch.Evaluation.Reports;

namespace AliaBatch.Evaluation.Suites;

public static partial class SuiteScorer
{
    private static EvaluationReport ScoreTexts(Suite suite, SystemOutputs outputs, List<string> metrics, SuiteScoringOptions options)
    {
        var translation = suite.Manifest.Task == SuiteTask.Translation;
        var groups = new List<GroupResult>();
        foreach (var group in suite.Items.GroupBy(i => translation ? i.Pair.Key : i.SourceLanguage!.Value.Value))
        {
            var items = group.ToList();
            var hypotheses = items.Select(i => outputs.Items.GetValueOrDefault(i.Id)?.Text ?? string.Empty).ToArray();
            var references = ReferenceSets(items);
            var values = ScoreGroup(metrics, hypotheses, references, options.Score);
            var first = items[0];
            groups.Add(new GroupResult(
                group.Key, first.SourceLanguage!.Value.Value, translation ? first.TargetLanguage!.Value.Value : null, items.Count, values));
        }

        var overall = metrics.Select(metric => new MetricValue(
            metric,
            groups.Average(g => g.Metrics.First(m => m.Metric == metric).Value),
            string.Create(CultureInfo.InvariantCulture, $"mean of {groups.Count} groups"))).ToList();
        return Blank(suite, overall, groups);
    }

    private static List<MetricValue> ScoreGroup(
        List<string> metrics, string[] hypotheses, IReadOnlyList<IReadOnlyList<string>> references, ScoreOptions options)
    {
        var values = new List<MetricValue>();
        MetricReport? rouge = null;
        foreach (var metric in metrics)
        {
            if (metric.StartsWith("rouge", StringComparison.Ordinal))
            {
                rouge ??= ScoreRunner.Score(MetricNames.Rouge, hypotheses, references, options);
                values.Add(new MetricValue(metric, rouge.Rouge![metric].FMeasure * 100, rouge.Signature));
                continue;
            }

            var report = ScoreRunner.Score(metric, hypotheses, references, options);
            values.Add(new MetricValue(metric, report.Score, report.Signature));
        }

        return values;
    }

    /// <summary>
    /// Reference streams for items with different numbers of references: short lists are padded with their
    /// first reference, which leaves BLEU, chrF and ROUGE unchanged (they take the best or the maximum over
    /// references) and only shifts TER's average reference length.
    /// </summary>
    private static List<IReadOnlyList<string>> ReferenceSets(List<SuiteItem> items)
    {
        var count = items.Max(i => i.References.Count);
        var sets = new List<IReadOnlyList<string>>(count);
        for (var r = 0; r < count; r++)
        {
            sets.Add(items.Select(i => i.References.Count > r ? i.References[r] : i.References[0]).ToArray());
        }

        return sets;
    }
}
