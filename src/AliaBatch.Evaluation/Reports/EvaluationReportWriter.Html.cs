using System.Text;
using AliaBatch.Evaluation.Suites;
using static AliaBatch.Evaluation.Reports.ReportFormat;

namespace AliaBatch.Evaluation.Reports;

public static partial class EvaluationReportWriter
{
    private const string Style = """
        body{font-family:"DejaVu Sans",Arial,sans-serif;margin:24px;color:#222;background:#fff;font-size:14px}
        h1{font-size:22px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #ccc}
        table{border-collapse:collapse;margin:8px 0 16px}th,td{border:1px solid #ddd;padding:3px 8px;text-align:right}
        th:first-child,td:first-child{text-align:left}th{background:#f4f4f4}
        .alert{border:2px solid #c62828;padding:8px 16px;background:#fff3f3}.ok{color:#2e7d32;font-weight:bold}
        .bad{color:#c62828;font-weight:bold}.meta{color:#555}.charts{display:flex;flex-wrap:wrap;gap:24px}
        code{font-size:12px}
        """;

    /// <summary>The run as one self-contained HTML page: inline CSS, inline SVG heat maps, bar charts and latency histograms.</summary>
    /// <param name="run">The run.</param>
    /// <returns>The HTML text.</returns>
    public static string ToHtml(EvaluationRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var html = new StringBuilder();
        html.Append(s_inv, $"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Evaluation run {Html(run.RunId)}</title>\n<style>{Style}</style></head><body>\n");
        html.Append(s_inv, $"<h1>Evaluation run {Html(run.RunId)}</h1>\n<p class=\"meta\">Started {Timestamp(run.StartedAt)}; {run.Results.Count} result(s).</p>\n");
        var regressions = run.Results.SelectMany(r => r.Regression.Regressions.Select(g => (r.Report, g))).ToList();
        if (regressions.Count == 0)
        {
            html.Append("<p class=\"ok\">No regressions.</p>\n");
        }
        else
        {
            html.Append(s_inv, $"<section class=\"alert\"><h2>Regressions ({regressions.Count})</h2><ul>\n");
            foreach (var (report, g) in regressions)
            {
                html.Append(s_inv, $"<li>{Html(report.Suite)} · {Html(report.System)} · {Html(g.Group)} · <b>{Html(g.Metric)}</b>: {Points(g.Reference)} → {Points(g.Current)} against {g.ComparedWith} {Html(g.ComparedRunId)} (threshold {Points(g.Threshold)})</li>\n");
            }

            html.Append("</ul></section>\n");
        }

        foreach (var result in run.Results)
        {
            AppendHtml(html, result);
        }

        return html.Append("</body></html>\n").ToString();
    }

    private static void AppendHtml(StringBuilder html, EvaluatedSuite result)
    {
        var (report, regression) = (result.Report, result.Regression);
        html.Append(s_inv, $"<section><h2>{Html(report.Suite)} · {Html(report.System)}</h2>\n");
        html.Append(s_inv, $"<p class=\"meta\">Suite version {Html(report.SuiteVersion)}, task {SuiteLoader.Describe(report.Task)}, {report.Items} items, {report.MissingItems} missing; ");
        html.Append(s_inv, $"previous run {Html(regression.PreviousRunId ?? "none")}, baseline {Html(regression.BaselineRunId ?? "none")}.</p>\n<div class=\"charts\">\n");
        if (report.Task == SuiteTask.Translation)
        {
            foreach (var metric in report.Overall.Select(m => m.Metric).Where(m => m is SuiteMetricNames.Bleu or SuiteMetricNames.Chrf))
            {
                var (sources, targets) = Axes(report);
                html.Append(HeatMap(metric, sources, targets, (s, t) => Cell(report, s, t, metric)));
            }
        }
        else
        {
            var metric = report.Groups[0].Metrics[0].Metric;
            html.Append(Bars($"{metric} by language", report.Groups.Select(g => (g.Key, g.Metrics[0].Value)).ToList()));
        }

        if (report.Latency is { } latency)
        {
            html.Append(Histogram(latency));
        }

        html.Append("</div>\n");
        AppendComparisonTable(html, regression);
        AppendClassTables(html, report);
        if (report.Latency is { } l)
        {
            var tokens = l.TokensPerSecond is { } t ? Points(t) : "–";
            html.Append(s_inv, $"<p>Latency over {l.Samples} items: p50 {Milliseconds(l.P50Ms)} ms, p90 {Milliseconds(l.P90Ms)} ms, p99 {Milliseconds(l.P99Ms)} ms, mean {Milliseconds(l.MeanMs)} ms; ");
            html.Append(s_inv, $"{Points(l.DocumentsPerSecond)} documents/s, {tokens} tokens/s over {Points(l.ElapsedSeconds)} s.</p>\n");
        }

        html.Append("<p class=\"meta\">Signatures:</p><ul>\n");
        foreach (var signature in report.Groups.SelectMany(g => g.Metrics).Select(m => $"{m.Metric}: <code>{Html(m.Signature)}</code>").Distinct(StringComparer.Ordinal))
        {
            html.Append(s_inv, $"<li>{signature}</li>\n");
        }

        html.Append("</ul></section>\n");
    }

    private static void AppendComparisonTable(StringBuilder html, Regression.RegressionResult regression)
    {
        html.Append("<table><tr><th>group</th><th>metric</th><th>value</th><th>previous</th><th>Δ previous</th><th>baseline</th><th>Δ baseline</th><th>threshold</th></tr>\n");
        foreach (var c in regression.Comparisons)
        {
            var regressed = regression.Regressions.Any(r => r.Group == c.Group && r.Metric == c.Metric);
            var mark = regressed ? " class=\"bad\"" : string.Empty;
            html.Append(s_inv, $"<tr{mark}><td>{Html(c.Group)}</td><td>{Html(c.Metric)}</td><td>{Points(c.Current)}</td><td>{Points(c.Previous)}</td><td>{Delta(c.DeltaPrevious)}</td>");
            html.Append(s_inv, $"<td>{Points(c.Baseline)}</td><td>{Delta(c.DeltaBaseline)}</td><td>{Points(c.Threshold)}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void AppendClassTables(StringBuilder html, EvaluationReport report)
    {
        if (report.Classes.Count > 0)
        {
            html.Append("<table><tr><th>class</th><th>precision</th><th>recall</th><th>F1</th><th>support</th></tr>\n");
            foreach (var k in report.Classes)
            {
                html.Append(s_inv, $"<tr><td>{Html(k.Label)}</td><td>{Points(k.Precision)}</td><td>{Points(k.Recall)}</td><td>{Points(k.F1)}</td><td>{k.Support}</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        if (report.Confusion is { } confusion)
        {
            html.Append("<table><tr><th>gold \\ predicted</th>");
            html.AppendJoin(string.Empty, confusion.Labels.Select(l => $"<th>{Html(l)}</th>")).Append("</tr>\n");
            for (var row = 0; row < confusion.Labels.Count; row++)
            {
                html.Append(s_inv, $"<tr><td>{Html(confusion.Labels[row])}</td>");
                html.AppendJoin(string.Empty, confusion.Counts[row].Select(n => $"<td>{n}</td>")).Append("</tr>\n");
            }

            html.Append("</table>\n");
        }
    }
}
