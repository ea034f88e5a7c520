using System.Globalization;
using System.Text;
using AliaBatch.Evaluation.Suites;
using static AliaBatch.Evaluation.Reports.ReportFormat;

namespace AliaBatch.Evaluation.Reports;

public static partial class EvaluationReportWriter
{
    private static readonly CultureInfo s_inv = CultureInfo.InvariantCulture;

    /// <summary>The run as Markdown: regressions, then per result the headline figures with comparisons, the language-pair matrix, groups, classes and latency.</summary>
    /// <param name="run">The run.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToMarkdown(EvaluationRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var md = new StringBuilder();
        md.Append(s_inv, $"# Evaluation run {run.RunId}\n\nStarted {Timestamp(run.StartedAt)}; {run.Results.Count} result(s).\n\n");
        var regressions = run.Results.SelectMany(r => r.Regression.Regressions.Select(g => (r.Report, g))).ToList();
        if (regressions.Count == 0)
        {
            md.Append("**No regressions.**\n\n");
        }
        else
        {
            md.Append(s_inv, $"## Regressions ({regressions.Count})\n\n| suite | system | group | metric | against | earlier | current | threshold |\n|---|---|---|---|---|---|---|---|\n");
            foreach (var (report, g) in regressions)
            {
                md.Append(s_inv, $"| {report.Suite} | {report.System} | {g.Group} | {g.Metric} | {g.ComparedWith} ({g.ComparedRunId}) | {Points(g.Reference)} | {Points(g.Current)} | {Points(g.Threshold)} |\n");
            }

            md.Append('\n');
        }

        foreach (var result in run.Results)
        {
            AppendMarkdown(md, result);
        }

        return md.ToString();
    }

    private static void AppendMarkdown(StringBuilder md, EvaluatedSuite result)
    {
        var (report, regression) = (result.Report, result.Regression);
        md.Append(s_inv, $"## {report.Suite} · {report.System}\n\n");
        md.Append(s_inv, $"Suite version {report.SuiteVersion}, task {SuiteLoader.Describe(report.Task)}, {report.Items} items, {report.MissingItems} missing. ");
        md.Append(s_inv, $"Previous run: {regression.PreviousRunId ?? "none"}; baseline: {regression.BaselineRunId ?? "none"}.\n\n");
        md.Append("| group | metric | value | previous | Δ previous | baseline | Δ baseline | threshold |\n|---|---|---|---|---|---|---|---|\n");
        foreach (var c in regression.Comparisons)
        {
            var flagged = regression.Regressions.Any(r => r.Group == c.Group && r.Metric == c.Metric) ? " **regressed**" : string.Empty;
            md.Append(s_inv, $"| {c.Group} | {c.Metric}{flagged} | {Points(c.Current)} | {Points(c.Previous)} | {Delta(c.DeltaPrevious)} | {Points(c.Baseline)} | {Delta(c.DeltaBaseline)} | {Points(c.Threshold)} |\n");
        }

        md.Append('\n');
        if (report.Task == SuiteTask.Translation)
        {
            foreach (var metric in report.Overall.Select(m => m.Metric))
            {
                AppendMatrix(md, report, metric);
            }
        }

        AppendClasses(md, report);
        AppendLatency(md, report.Latency);
        md.Append("Signatures:\n\n");
        foreach (var signature in report.Groups.SelectMany(g => g.Metrics).Select(m => $"{m.Metric}: `{m.Signature}`").Distinct(StringComparer.Ordinal))
        {
            md.Append(s_inv, $"- {signature}\n");
        }

        md.Append('\n');
    }

    private static void AppendMatrix(StringBuilder md, EvaluationReport report, string metric)
    {
        var (sources, targets) = Axes(report);
        md.Append(s_inv, $"{metric} by language pair (rows: source, columns: target):\n\n| source \\ target | {string.Join(" | ", targets)} |\n|---|{string.Concat(targets.Select(_ => "---|"))}\n");
        foreach (var source in sources)
        {
            var cells = targets.Select(target => Points(Cell(report, source, target, metric)));
            md.Append(s_inv, $"| {source} | {string.Join(" | ", cells)} |\n");
        }

        md.Append('\n');
    }

    private static void AppendClasses(StringBuilder md, EvaluationReport report)
    {
        if (report.Classes.Count == 0)
        {
            return;
        }

        md.Append("| class | precision | recall | F1 | support |\n|---|---|---|---|---|\n");
        foreach (var k in report.Classes)
        {
            md.Append(s_inv, $"| {k.Label} | {Points(k.Precision)} | {Points(k.Recall)} | {Points(k.F1)} | {k.Support} |\n");
        }

        md.Append('\n');
    }

    private static void AppendLatency(StringBuilder md, LatencySummary? latency)
    {
        if (latency is null)
        {
            return;
        }

        var tokens = latency.TokensPerSecond is { } t ? Points(t) : "–";
        md.Append(s_inv, $"Latency over {latency.Samples} items: p50 {Milliseconds(latency.P50Ms)} ms, p90 {Milliseconds(latency.P90Ms)} ms, p99 {Milliseconds(latency.P99Ms)} ms, ");
        md.Append(s_inv, $"mean {Milliseconds(latency.MeanMs)} ms; {Points(latency.DocumentsPerSecond)} documents/s, {tokens} tokens/s over {Points(latency.ElapsedSeconds)} s.\n\n");
    }

    private static (List<string> Sources, List<string> Targets) Axes(EvaluationReport report) =>
        ([.. report.Groups.Select(g => g.Language).Distinct()], [.. report.Groups.Select(g => g.TargetLanguage!).Distinct()]);

    private static double? Cell(EvaluationReport report, string source, string target, string metric) =>
        report.Groups.FirstOrDefault(g => g.Language == source && g.TargetLanguage == target)?.Metrics.FirstOrDefault(m => m.Metric == metric)?.Value;
}
