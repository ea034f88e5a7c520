using AliaBatch.Evaluation.Metrics;
using AliaBatch.Evaluation.Metrics.Bleu;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Metrics;

public sealed class CorpusInputTests
{
    [Fact]
    public void Validate_SecondReferenceShort_NamesItWithCounts()
    {
        var error = Assert.Throws<EvaluationInputException>(
            () => CorpusInput.Validate(["a", "b"], [["a", "b"], ["a"]], "hyp.txt", ["ref.es", "ref.ca"]));

        Assert.Equal("Line count mismatch: hyp.txt has 2 lines but ref.ca has 1 lines.", error.Message);
    }

    [Fact]
    public void Validate_UnnamedReferences_UsesOrdinal()
    {
        var error = Assert.Throws<EvaluationInputException>(() => CorpusInput.Validate(["a"], [["a", "b"]]));

        Assert.Contains("reference set 1 has 2 lines", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoReferenceSet_Throws()
    {
        Assert.Throws<EvaluationInputException>(() => CorpusInput.Validate(["a"], []));
    }

    [Fact]
    public void ReferencesAt_TwoSets_ReturnsOnePerSet()
    {
        Assert.Equal(["b1", "b2"], CorpusInput.ReferencesAt([["a1", "b1"], ["a2", "b2"]], 1));
    }

    [Fact]
    public void Sum_Statistics_AddsElementWise()
    {
        var metric = new BleuMetric();
        var statistics = CorpusInput.Statistics(metric, ["a b", "c"], [["a b", "c d"]]);

        var sum = CorpusInput.Sum(statistics, metric.StatisticsLength);

        Assert.Equal(3, sum[0]);
        Assert.Equal(4, sum[1]);
        Assert.Equal(3, sum[2]);
    }

    [Fact]
    public void Sum_NoSegments_IsZeroVector()
    {
        Assert.Equal(new double[3], CorpusInput.Sum([], 3));
    }
}
