using AliaBatch.Core.Storage;
using AliaBatch.Evaluation.Regression;
using AliaBatch.Evaluation.Reports;
using AliaBatch.Evaluation.Tests.Suites;
using AliaBatch.Storage;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Reports;

public sealed class EvaluationResultsStoreTests
{
    /// <summary>Keeps the first half of Spanish→Catalan outputs, the kind of damage a broken model pack does.</summary>
    private static string Truncated(Evaluation.Suites.SuiteItem item) =>
        item.Pair.Key == "es→ca" ? item.Source[..(item.Source.Length / 2)] : item.Source;

    [Fact]
    public async Task PublishAsync_RunWhoseChrfDropsPastThreshold_IsFlagged()
    {
        using var folder = new TemporaryFolder();
        var results = new EvaluationResultsStore(new PrefixedObjectStore(new FileSystemObjectStore(folder.Path), EvaluationResultsStore.DefaultFolder));
        var token = TestContext.Current.CancellationToken;
        var first = await results.PublishAsync("run-1", SuiteSamples.Time, [await SuiteSamples.UdhrCopyReportAsync("run-1")], token);

        var second = await results.PublishAsync("run-2", SuiteSamples.Time.AddDays(1), [await SuiteSamples.UdhrCopyReportAsync("run-2", Truncated)], token);

        Assert.False(first.HasRegressions);
        Assert.True(second.HasRegressions);
        var chrf = Assert.Single(second.Results[0].Regression.Regressions, r => r.Group == "es→ca" && r.Metric == "chrf");
        Assert.Equal(("previous", "run-1"), (chrf.ComparedWith, chrf.ComparedRunId));
        Assert.True(chrf.Reference - chrf.Current > 2);
        Assert.DoesNotContain(second.Results[0].Regression.Regressions, r => r.Group == "es→eu");
        Assert.Contains(second.RegressionEvents(), e => e.Type == "evaluation.regressed" && e.Group == "es→ca" && e.Metric == "chrf");
        Assert.True(File.Exists(Path.Combine(folder.Path, "eval-results", "run-2", "report.html")));
    }

    [Fact]
    public async Task PublishAsync_UpdatesLatestSoTheNextRunComparesWithIt()
    {
        using var folder = new TemporaryFolder();
        var results = new EvaluationResultsStore(new FileSystemObjectStore(folder.Path));
        var token = TestContext.Current.CancellationToken;
        await results.PublishAsync("run-1", SuiteSamples.Time, [await SuiteSamples.UdhrCopyReportAsync("run-1", Truncated)], token);

        var second = await results.PublishAsync("run-2", SuiteSamples.Time, [await SuiteSamples.UdhrCopyReportAsync("run-2")], token);
        var latest = await results.GetPreviousAsync("udhr-translation", "copy", token);

        Assert.False(second.HasRegressions);
        Assert.Equal("run-1", second.Results[0].Regression.PreviousRunId);
        Assert.Equal("run-2", latest!.RunId);
        Assert.Equal(second.Results[0].Report.Overall, latest.Overall);
    }

    [Fact]
    public async Task PinBaselineAsync_LaterRunsCompareWithTheBaseline()
    {
        using var folder = new TemporaryFolder();
        var results = new EvaluationResultsStore(new FileSystemObjectStore(folder.Path));
        var token = TestContext.Current.CancellationToken;
        var path = await results.PinBaselineAsync(await SuiteSamples.UdhrCopyReportAsync("base"), token);
        await results.PublishAsync("run-1", SuiteSamples.Time, [await SuiteSamples.UdhrCopyReportAsync("run-1", Truncated)], token);

        var second = await results.PublishAsync("run-2", SuiteSamples.Time, [await SuiteSamples.UdhrCopyReportAsync("run-2", Truncated)], token);

        Assert.Equal("baseline/udhr-translation/copy.json", path);
        Assert.Contains(second.Results[0].Regression.Regressions, r => r.ComparedWith == RegressionChecker.Baseline && r.Group == "es→ca");
        Assert.DoesNotContain(second.Results[0].Regression.Regressions, r => r.ComparedWith == RegressionChecker.Previous);
    }

    [Theory]
    [InlineData("BSC-LT/salamandra-2b-instruct", "BSC-LT_salamandra-2b-instruct")]
    [InlineData("model v1.2 (q4)", "model_v1.2__q4_")]
    public void Slug_SystemName_IsOnePathSegment(string system, string expected)
    {
        Assert.Equal(expected, EvaluationResultsStore.Slug(system));
    }
}
