using AliaBatch.Evaluation.Metrics.Scoring;
using AliaBatch.Evaluation.Reports;

namespace AliaBatch.Evaluation.Suites;

public static partial class SuiteScorer
{
    private static EvaluationReport ScoreLabels(Suite suite, SystemOutputs outputs, List<string> metrics)
    {
        var langid = suite.Manifest.Task == SuiteTask.LanguageIdentification;
        var predicted = suite.Items.Select(i => Predicted(outputs, i)).ToArray();
        var gold = suite.Items.Select(i => i.GoldLabel!).ToArray();
        var all = ScoreRunner.Score(MetricNames.F1, predicted, [gold]);
        var overall = metrics.Select(metric => LabelMetric(metric, all)).ToList();

        var groups = new List<GroupResult>();
        foreach (var group in suite.Items.Select((item, index) => (item, index))
            .GroupBy(x => langid ? x.item.ExpectedLanguage!.Value.Value : x.item.SourceLanguage!.Value.Value))
        {
            var indices = group.Select(x => x.index).ToArray();
            var report = ScoreRunner.Score(MetricNames.F1, indices.Select(i => predicted[i]).ToArray(), [indices.Select(i => gold[i]).ToArray()]);

            // A language-identification group holds one gold label, so only its accuracy means anything.
            var values = langid ? [LabelMetric(SuiteMetricNames.Accuracy, report)] : metrics.Select(metric => LabelMetric(metric, report)).ToList();
            groups.Add(new GroupResult(group.Key, group.Key, null, indices.Length, values));
        }

        var c = all.Classification!;
        return Blank(suite, overall, groups) with
        {
            Classes = [.. c.PerClass.Select(k => new ClassScore(k.Label, k.Precision * 100, k.Recall * 100, k.F1 * 100, k.Support))],
            Confusion = new ConfusionTable(c.Confusion.Labels, c.Confusion.Counts),
        };
    }

    private static string Predicted(SystemOutputs outputs, SuiteItem item)
    {
        var text = outputs.Items.GetValueOrDefault(item.Id)?.Text.Trim();
        return string.IsNullOrEmpty(text) ? MissingLabel : text;
    }

    private static MetricValue LabelMetric(string metric, MetricReport report) => metric == SuiteMetricNames.Accuracy
        ? new MetricValue(metric, report.Classification!.Accuracy * 100, report.Signature.Replace("avg:macro|", string.Empty, StringComparison.Ordinal))
        : new MetricValue(metric, report.Classification!.MacroF1 * 100, report.Signature);
}
