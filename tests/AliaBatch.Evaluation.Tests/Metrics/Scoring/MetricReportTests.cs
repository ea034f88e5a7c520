using System.Text.Json;
using AliaBatch.Evaluation.Metrics.Scoring;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Metrics.Scoring;

public sealed class MetricReportTests
{
    [Fact]
    public void ToJson_Bleu_HasScoreSignatureAndVerbose()
    {
        var report = ScoreRunner.Score("bleu", ["a b c d"], [["a b c d"]]);

        using var json = JsonDocument.Parse(report.ToJson());

        var root = json.RootElement;
        Assert.Equal("bleu", root.GetProperty("metric").GetString());
        Assert.Equal(100.0, root.GetProperty("score").GetDouble(), 1e-9);
        Assert.Equal("nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.4.2", root.GetProperty("signature").GetString());
        Assert.StartsWith("100.0/100.0/100.0/100.0 (BP = 1.000", root.GetProperty("verbose_score").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_Rouge_HasHeadlineAndVariants()
    {
        var report = ScoreRunner.Score("rouge", ["testing one"], [["testing one two"]]);

        using var json = JsonDocument.Parse(report.ToJson());

        var root = json.RootElement;
        Assert.Equal(0.8, root.GetProperty("fmeasure").GetDouble(), 1e-12);
        Assert.Equal(1.0, root.GetProperty("precision").GetDouble(), 1e-12);
        Assert.Equal(0.5, root.GetProperty("variants").GetProperty("rouge2").GetProperty("recall").GetDouble(), 1e-12);
    }

    [Fact]
    public void ToJson_F1_HasPerClassAndConfusionWithUnescapedLabels()
    {
        var report = ScoreRunner.Score("f1", ["política", "economía"], [["política", "política"]]);

        var text = report.ToJson();
        using var json = JsonDocument.Parse(text);

        var root = json.RootElement;
        Assert.Contains("\"política\"", text, StringComparison.Ordinal);
        Assert.Equal(2, root.GetProperty("per_class").GetArrayLength());
        Assert.Equal(0.5, root.GetProperty("accuracy").GetDouble(), 1e-12);
        Assert.Equal(1, root.GetProperty("confusion").GetProperty("counts")[1][0].GetInt32());
    }

    [Fact]
    public void ToText_Accuracy_UsesFourDecimals()
    {
        var report = ScoreRunner.Score("accuracy", ["a", "b", "a"], [["a", "a", "a"]]);

        Assert.Equal("Accuracy|n:3|labels:2 = 0.6667", report.ToText());
    }
}
