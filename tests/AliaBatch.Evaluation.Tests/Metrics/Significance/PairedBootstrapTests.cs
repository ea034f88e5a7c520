using AliaBatch.Evaluation.Metrics.Bleu;
using AliaBatch.Evaluation.Metrics.Chrf;
using AliaBatch.Evaluation.Metrics.Significance;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Metrics.Significance;

public sealed class PairedBootstrapTests
{
    private static readonly string[] s_references =
    [
        "the cat sat on the mat", "a dog barked at the mailman", "it rained all day long",
        "she sells sea shells", "the quick brown fox jumps", "we went to the market today",
        "the children played in the park", "he reads a book every week",
    ];

    private static readonly string[] s_good =
    [
        "the cat sat on the mat", "a dog barked at the mailman", "it rained all day",
        "she sells sea shells", "the quick brown fox jumps", "we went to the market",
        "the children played in the park", "he reads a book every week",
    ];

    private static readonly string[] s_bad =
    [
        "a cat is on a mat", "dog barks", "rain all day", "he sells shells",
        "fast brown fox jumped", "we go market", "kids play park", "he read books",
    ];

    [Fact]
    public void Compare_MuchBetterSystem_IsSignificant()
    {
        var result = PairedBootstrap.Compare(new BleuMetric(), s_bad, s_good, [s_references]);

        Assert.True(result.SystemScore > result.BaselineScore);
        Assert.True(result.PValue < 0.05, $"p = {result.PValue}");
        Assert.Equal(1000, result.Resamples);
    }

    // sacreBLEU's formula gives (0 + 1) / (1000 + 1) when a system is compared with itself.
    [Fact]
    public void Compare_IdenticalSystems_GivesSmoothedMinimumPValue()
    {
        var result = PairedBootstrap.Compare(new ChrfMetric(), s_good, s_good, [s_references]);

        Assert.Equal(1.0 / 1001, result.PValue, 1e-12);
        Assert.Equal(result.Baseline, result.System);
    }

    [Fact]
    public void Compare_SameSeed_IsDeterministic()
    {
        var first = PairedBootstrap.Compare(new BleuMetric(), s_bad, s_good, [s_references], 200, 7);
        var second = PairedBootstrap.Compare(new BleuMetric(), s_bad, s_good, [s_references], 200, 7);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Compare_MismatchedOutputs_Throws()
    {
        var error = Assert.Throws<AliaBatch.Evaluation.Metrics.EvaluationInputException>(
            () => PairedBootstrap.Compare(new BleuMetric(), s_bad, s_good[..7], [s_references]));

        Assert.Contains("8", error.Message, StringComparison.Ordinal);
        Assert.Contains("7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PValue_CentredDifferences_CountsStrictlyGreater()
    {
        // Differences |s - b| = 0, 2, 4, 6 (mean 3); centred: -3, -1, 1, 3; observed 1 -> only 3 exceeds.
        var p = PairedBootstrap.PValue([0, 0, 0, 0], [0, 2, 4, 6], 1.0);

        Assert.Equal(2.0 / 5, p, 1e-12);
    }

    [Fact]
    public void Estimate_FortyScores_UsesSecondAndSecondToLastOrderStatistic()
    {
        var scores = Enumerable.Range(0, 40).Select(i => (double)i).Reverse().ToArray();

        var estimate = PairedBootstrap.Estimate(scores);

        Assert.Equal(19.5, estimate.Mean, 1e-12);
        Assert.Equal(0.5 * (38 - 1), estimate.HalfWidth, 1e-12);
    }

    [Fact]
    public void Signature_AddsBootstrapFieldsAfterNrefs()
    {
        var signature = PairedBootstrap.Signature(new BleuMetric().Signature(1), 1000, 12345);

        Assert.Equal("nrefs:1|bs:1000|seed:12345|case:mixed|eff:no|tok:13a|smooth:exp|version:2.4.2", signature);
    }
}
