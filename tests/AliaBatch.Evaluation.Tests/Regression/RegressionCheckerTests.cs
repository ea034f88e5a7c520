using AliaBatch.Evaluation.Regression;
using AliaBatch.Evaluation.Reports;
using AliaBatch.Evaluation.Suites;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Regression;

public sealed class RegressionCheckerTests
{
    private static EvaluationReport Report(string runId, double chrf, double ter, string version = "1") => new()
    {
        RunId = runId,
        Suite = "sample",
        SuiteVersion = version,
        Task = SuiteTask.Translation,
        System = "model",
        CreatedAt = DateTimeOffset.UnixEpoch,
        Items = 10,
        Overall = [new MetricValue("chrf", chrf, "s"), new MetricValue("ter", ter, "s"), new MetricValue("bleu", chrf / 2, "s")],
        Groups = [new GroupResult("es→ca", "es", "ca", 10, [new MetricValue("chrf", chrf, "s")])],
        Thresholds = new Dictionary<string, double> { ["chrf"] = 2, ["ter"] = 3 },
    };

    [Fact]
    public void Check_ChrfDropPastThreshold_FlagsOverallAndPair()
    {
        var result = RegressionChecker.Check(Report("r2", 57.9, 40), Report("r1", 60, 40), baseline: null);

        Assert.True(result.HasRegressions);
        Assert.Equal([("overall", "chrf"), ("es→ca", "chrf")], result.Regressions.Select(r => (r.Group, r.Metric)));
        var regression = result.Regressions[0];
        Assert.Equal((RegressionChecker.Previous, "r1", 60, 57.9, 2), (regression.ComparedWith, regression.ComparedRunId, regression.Reference, regression.Current, regression.Threshold));
    }

    [Fact]
    public void Check_DropWithinThreshold_IsNotFlagged()
    {
        var result = RegressionChecker.Check(Report("r2", 58, 40), Report("r1", 60, 40), baseline: null);

        Assert.False(result.HasRegressions);
        Assert.Equal(-2, result.Comparisons.First(c => c.Metric == "chrf").DeltaPrevious!.Value, 9);
    }

    [Fact]
    public void Check_TerRisePastThreshold_IsARegression()
    {
        var result = RegressionChecker.Check(Report("r2", 60, 43.5), Report("r1", 60, 40), baseline: null);

        Assert.Equal("ter", Assert.Single(result.Regressions).Metric);
    }

    [Fact]
    public void Check_MetricWithoutThreshold_IsComparedButNeverFlagged()
    {
        var result = RegressionChecker.Check(Report("r2", 60, 40) with { Overall = [new MetricValue("bleu", 1, "s")] }, Report("r1", 60, 40), baseline: null);

        var bleu = result.Comparisons.Single(c => c.Metric == "bleu");
        Assert.Equal((1.0, 30.0, (double?)null), (bleu.Current, bleu.Previous!.Value, bleu.Threshold));
        Assert.DoesNotContain(result.Regressions, r => r.Metric == "bleu");
    }

    [Fact]
    public void Check_AgainstBaseline_FlagsWhatThePreviousRunHid()
    {
        var result = RegressionChecker.Check(Report("r3", 56, 40), Report("r2", 57, 40), Report("base", 60, 40));

        Assert.All(result.Regressions, r => Assert.Equal((RegressionChecker.Baseline, "base"), (r.ComparedWith, r.ComparedRunId)));
        Assert.Equal(2, result.Regressions.Count);
        Assert.Equal(("r2", "base"), (result.PreviousRunId, result.BaselineRunId));
    }

    [Fact]
    public void Check_OtherSuiteVersion_IsNotCompared()
    {
        var result = RegressionChecker.Check(Report("r2", 10, 90, version: "2"), Report("r1", 60, 40), baseline: null);

        Assert.False(result.HasRegressions);
        Assert.Null(result.PreviousRunId);
        Assert.All(result.Comparisons, c => Assert.Null(c.Previous));
    }

    [Fact]
    public void Check_OtherSuite_Throws()
    {
        Assert.Throws<ArgumentException>(() => RegressionChecker.Check(Report("r2", 60, 40), Report("r1", 60, 40) with { Suite = "other" }, null));
    }
}
