using System.Text.Json;
using AliaBatch.Evaluation.Regression;
using AliaBatch.Evaluation.Reports;
using AliaBatch.Evaluation.Suites;
using AliaBatch.Evaluation.Tests.Suites;
using AliaBatch.Storage;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Reports;

public sealed class EvaluationReportWriterTests
{
    internal static async Task<EvaluationRun> SampleRunAsync()
    {
        var translation = await SuiteSamples.UdhrCopyReportAsync("run-7");
        var previous = translation with { RunId = "run-6", Overall = [.. translation.Overall.Select(m => m with { Value = m.Value + 3 })] };
        var langidSuite = await SuiteSamples.LoadStarterAsync("udhr-langid");
        var langid = SuiteScorer.Score(langidSuite, LanguageIdentifierSystem.Run(langidSuite), "run-7", SuiteSamples.Time);
        return new EvaluationRun("run-7", SuiteSamples.Time, [
            new EvaluatedSuite(translation, RegressionChecker.Check(translation, previous, null)),
            new EvaluatedSuite(langid, RegressionChecker.Check(langid, null, langid with { RunId = "run-1" })),
        ]);
    }

    [Fact]
    public async Task WriteAsync_Run_WritesJsonMarkdownAndHtmlUnderTheRunId()
    {
        using var folder = new TemporaryFolder();
        var run = await SampleRunAsync();

        var paths = await EvaluationReportWriter.WriteAsync(new FileSystemObjectStore(folder.Path), run, TestContext.Current.CancellationToken);

        Assert.Equal(["run-7/report.json", "run-7/report.md", "run-7/report.html"], paths);
        Assert.All(paths, p => Assert.True(new FileInfo(folder.Combine(p)).Length > 1000, p));
    }

    [Fact]
    public async Task ToJson_Run_HoldsScoresComparisonsAndRegressions()
    {
        var run = await SampleRunAsync();

        using var json = JsonDocument.Parse(EvaluationReportWriter.ToJson(run));

        var first = json.RootElement.GetProperty("results")[0];
        Assert.Equal("run-7", json.RootElement.GetProperty("runId").GetString());
        Assert.Equal("translation", first.GetProperty("report").GetProperty("task").GetString());
        Assert.Equal(12, first.GetProperty("report").GetProperty("groups").GetArrayLength());
        Assert.Equal("run-6", first.GetProperty("regression").GetProperty("previousRunId").GetString());
        Assert.Equal(2, first.GetProperty("regression").GetProperty("regressions").GetArrayLength());
        Assert.Equal("language-identification", json.RootElement.GetProperty("results")[1].GetProperty("report").GetProperty("task").GetString());
    }

    [Fact]
    public async Task ToMarkdown_Run_HasRegressionsPairMatrixAndComparisonColumns()
    {
        var run = await SampleRunAsync();
        var chrfEsCa = run.Results[0].Report.Groups.Single(g => g.Key == "es→ca").Metrics.Single(m => m.Metric == "chrf").Value;

        var md = EvaluationReportWriter.ToMarkdown(run);

        Assert.Contains("## Regressions (2)", md, StringComparison.Ordinal);
        Assert.Contains("| group | metric | value | previous | Δ previous | baseline | Δ baseline | threshold |", md, StringComparison.Ordinal);
        Assert.Contains("| overall | chrf **regressed** |", md, StringComparison.Ordinal);
        Assert.Contains("chrf by language pair (rows: source, columns: target):", md, StringComparison.Ordinal);
        Assert.Contains("| es | " + chrfEsCa.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + " | – |", md, StringComparison.Ordinal);
        Assert.Contains("Latency over 360 items: p50 ", md, StringComparison.Ordinal);
        Assert.Contains("- chrf: `nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.4.2`", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToHtml_Run_IsSelfContainedWithInlineSvgCharts()
    {
        var run = await SampleRunAsync();

        var html = EvaluationReportWriter.ToHtml(run);

        Assert.Equal(2, CountOf(html, "class=\"heatmap\""));
        Assert.Equal(2, CountOf(html, "class=\"histogram\""));
        Assert.Equal(1, CountOf(html, "class=\"bars\""));
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(CountOf(html, "http"), CountOf(html, "xmlns=\"http://www.w3.org/2000/svg\""));
        Assert.Contains("<section class=\"alert\"><h2>Regressions (2)</h2>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "#fee08b")]
    [InlineData(50, "#f46d43")]
    [InlineData(100, "#a50026")]
    [InlineData(140, "#a50026")]
    public void HeatColor_Points_FollowsTheRamp(double points, string expected)
    {
        Assert.Equal(expected, EvaluationReportWriter.HeatColor(points));
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
