using System.Globalization;
using System.Text;
using static AliaBatch.Evaluation.Reports.ReportFormat;

namespace AliaBatch.Evaluation.Reports;

public static partial class EvaluationReportWriter
{
    /// <summary>The fill of per-language bars.</summary>
    internal const string BarColor = "#3182bd";

    /// <summary>The fill of latency histogram bars.</summary>
    internal const string HistogramColor = "#31a354";

    private const int CellWidth = 64;
    private const int CellHeight = 36;

    /// <summary>
    /// The heat-map colour of a score in points: a yellow–orange–red ramp over 0–100 (values outside are clamped),
    /// every step saturated so a cell never looks like the page background.
    /// </summary>
    /// <param name="points">The score.</param>
    /// <returns>The colour as <c>#rrggbb</c>.</returns>
    internal static string HeatColor(double points)
    {
        var t = Math.Clamp(points / 100, 0, 1);
        (double R, double G, double B) low = (254, 224, 139), mid = (244, 109, 67), high = (165, 0, 38);
        var (from, to, u) = t < 0.5 ? (low, mid, t * 2) : (mid, high, (t - 0.5) * 2);
        int Mix(double a, double b) => (int)Math.Round(a + ((b - a) * u));
        return string.Create(CultureInfo.InvariantCulture, $"#{Mix(from.R, to.R):x2}{Mix(from.G, to.G):x2}{Mix(from.B, to.B):x2}");
    }

    private static string HeatMap(string metric, List<string> sources, List<string> targets, Func<string, string, double?> value)
    {
        const int left = 56, top = 48;
        var width = left + (targets.Count * CellWidth) + 8;
        var height = top + (sources.Count * CellHeight) + 8;
        var svg = new StringBuilder();
        svg.Append(s_inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heatmap\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{Html(metric)} heat map\">");
        svg.Append(s_inv, $"<text x=\"4\" y=\"16\" font-size=\"14\" font-weight=\"bold\">{Html(metric)} (rows: source, columns: target)</text>");
        for (var c = 0; c < targets.Count; c++)
        {
            svg.Append(s_inv, $"<text x=\"{left + (c * CellWidth) + (CellWidth / 2)}\" y=\"{top - 8}\" text-anchor=\"middle\" font-size=\"12\">{Html(targets[c])}</text>");
        }

        for (var r = 0; r < sources.Count; r++)
        {
            var y = top + (r * CellHeight);
            svg.Append(s_inv, $"<text x=\"{left - 8}\" y=\"{y + (CellHeight / 2) + 4}\" text-anchor=\"end\" font-size=\"12\">{Html(sources[r])}</text>");
            for (var c = 0; c < targets.Count; c++)
            {
                var x = left + (c * CellWidth);
                var v = value(sources[r], targets[c]);
                var fill = v is { } points ? HeatColor(points) : "#eeeeee";
                var ink = v is > 60 ? "#ffffff" : "#222222";
                svg.Append(s_inv, $"<rect x=\"{x}\" y=\"{y}\" width=\"{CellWidth - 2}\" height=\"{CellHeight - 2}\" fill=\"{fill}\"/>");
                svg.Append(s_inv, $"<text x=\"{x + (CellWidth / 2)}\" y=\"{y + (CellHeight / 2) + 4}\" text-anchor=\"middle\" font-size=\"12\" fill=\"{ink}\">{(v is { } p ? p.ToString("F1", s_inv) : "–")}</text>");
            }
        }

        return svg.Append("</svg>\n").ToString();
    }

    private static string Bars(string title, List<(string Label, double Points)> bars)
    {
        const int left = 56, top = 28, barHeight = 18, scale = 3;
        var svg = new StringBuilder();
        svg.Append(s_inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bars\" width=\"{left + (100 * scale) + 60}\" height=\"{top + (bars.Count * (barHeight + 6)) + 8}\" role=\"img\" aria-label=\"{Html(title)}\">");
        svg.Append(s_inv, $"<text x=\"4\" y=\"16\" font-size=\"14\" font-weight=\"bold\">{Html(title)}</text>");
        for (var i = 0; i < bars.Count; i++)
        {
            var y = top + (i * (barHeight + 6));
            var (label, points) = bars[i];
            var length = Math.Clamp(points, 0, 100) * scale;
            svg.Append(s_inv, $"<text x=\"{left - 8}\" y=\"{y + 13}\" text-anchor=\"end\" font-size=\"12\">{Html(label)}</text>");
            svg.Append(s_inv, $"<rect x=\"{left}\" y=\"{y}\" width=\"{length.ToString("F1", s_inv)}\" height=\"{barHeight}\" fill=\"{BarColor}\"/>");
            svg.Append(s_inv, $"<text x=\"{(left + length + 4).ToString("F1", s_inv)}\" y=\"{y + 13}\" font-size=\"12\">{points.ToString("F1", s_inv)}</text>");
        }

        return svg.Append("</svg>\n").ToString();
    }

    private static string Histogram(LatencySummary latency)
    {
        const int left = 40, top = 28, plotHeight = 160, plotWidth = 360;
        var bins = latency.Histogram;
        var most = Math.Max(1, bins.Max(b => b.Count));
        var barWidth = (double)plotWidth / bins.Count;
        var svg = new StringBuilder();
        svg.Append(s_inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"histogram\" width=\"{left + plotWidth + 16}\" height=\"{top + plotHeight + 40}\" role=\"img\" aria-label=\"latency histogram\">");
        svg.Append(s_inv, $"<text x=\"4\" y=\"16\" font-size=\"14\" font-weight=\"bold\">Latency per item (ms), p50 {Milliseconds(latency.P50Ms)}, p99 {Milliseconds(latency.P99Ms)}</text>");
        svg.Append(s_inv, $"<line x1=\"{left}\" y1=\"{top + plotHeight}\" x2=\"{left + plotWidth}\" y2=\"{top + plotHeight}\" stroke=\"#444\"/>");
        svg.Append(s_inv, $"<text x=\"{left - 4}\" y=\"{top + 10}\" text-anchor=\"end\" font-size=\"11\">{most}</text>");
        for (var i = 0; i < bins.Count; i++)
        {
            var height = (double)bins[i].Count / most * plotHeight;
            var x = left + (i * barWidth);
            svg.Append(s_inv, $"<rect x=\"{(x + 1).ToString("F1", s_inv)}\" y=\"{(top + plotHeight - height).ToString("F1", s_inv)}\" width=\"{(barWidth - 2).ToString("F1", s_inv)}\" height=\"{height.ToString("F1", s_inv)}\" fill=\"{HistogramColor}\"/>");
        }

        svg.Append(s_inv, $"<text x=\"{left}\" y=\"{top + plotHeight + 16}\" font-size=\"11\">{Milliseconds(bins[0].FromMs)}</text>");
        svg.Append(s_inv, $"<text x=\"{left + plotWidth}\" y=\"{top + plotHeight + 16}\" text-anchor=\"end\" font-size=\"11\">{Milliseconds(bins[^1].ToMs)}</text>");
        return svg.Append("</svg>\n").ToString();
    }
}
