using AliaBatch.Evaluation.Metrics.Bleu;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Metrics.Bleu;

public sealed class BleuMetricTests
{
    // sacreBLEU README example (mjpost/sacrebleu, README.md "Using the API") and test/test_bleu.py `_hyps`/`_refs`.
    private static readonly string[] s_hyps = ["The dog bit the man.", "It wasn't surprising.", "The man had just bitten him."];

    private static readonly IReadOnlyList<string>[] s_refs =
    [
        ["The dog bit the man.", "It was not unexpected.", "The man bit him first."],
        ["The dog had bit the man.", "No one was surprised.", "The man had bitten the dog."],
    ];

    // Sentence from sacreBLEU issue #98, mjpost/sacrebleu test/test_sentence_bleu.py.
    private const string Ref98 = "producţia de zahăr brut se exprimă în zahăr alb;";
    private const string Sys98 = "Producția de zahăr primă va fi exprimată în ceea ce privește zahărul alb;";

    private static BleuMetric Raw(double? floor) => new(new BleuOptions
    {
        Smoothing = BleuSmoothing.Floor,
        SmoothValue = floor,
        Tokenizer = BleuTokenizer.None,
        EffectiveOrder = true,
    });

    // mjpost/sacrebleu test/test_bleu.py: test_corpus_bleu_cases (default, tokenize 13a/none, smooth none).
    [Theory]
    [InlineData(BleuTokenizer.ThirteenA, BleuSmoothing.Exponential, 48.530827)]
    [InlineData(BleuTokenizer.None, BleuSmoothing.Exponential, 49.1919566)]
    [InlineData(BleuTokenizer.ThirteenA, BleuSmoothing.None, 48.530827)]
    public void CorpusScore_ReadmeExample_MatchesSacreBleu(BleuTokenizer tokenizer, BleuSmoothing smoothing, double expected)
    {
        var metric = new BleuMetric(new BleuOptions { Tokenizer = tokenizer, Smoothing = smoothing });

        var score = metric.CorpusScore(s_hyps, s_refs);

        Assert.Equal(expected, score.Score, 1e-6);
    }

    // mjpost/sacrebleu README.md: "BLEU = 48.53 82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17 ref_len = 18)".
    [Fact]
    public void CorpusScore_ReadmeExample_FormatsLikeSacreBleu()
    {
        var metric = new BleuMetric();

        var score = metric.CorpusScore(s_hyps, s_refs);

        Assert.Equal("BLEU = 48.53 82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17 ref_len = 18)", score.Format(string.Empty, 2));
        Assert.Equal("nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:2.4.2", metric.Signature(2));
    }

    // mjpost/sacrebleu test/test_bleu.py: "ensure that empty hypotheses are not removed".
    [Fact]
    public void CorpusScore_EmptyHypotheses_IsZero()
    {
        var score = new BleuMetric().CorpusScore(["", "", ""], s_refs);

        Assert.Equal(0.0, score.Score);
        Assert.Equal(0, score.HypothesisLength);
    }

    // mjpost/sacrebleu test/test_bleu.py (2.x): test_raw_bleu_cases (first case "now returns 0.0 score (#141)")
    // and test_case_effective_order; raw_corpus_bleu is floor 0.01, tokenize none, effective order.
    [Theory]
    [InlineData(new[] { "this is a test", "another test" }, new[] { "ref1", "ref2" }, 0.0)]
    [InlineData(new[] { "this is a test" }, new[] { "this is a test" }, 1.0)]
    [InlineData(new[] { "this is a fest" }, new[] { "this is a test" }, 0.223606797749979)]
    [InlineData(new[] { "test" }, new[] { "a test" }, 0.3678794411714425)]
    [InlineData(new[] { "a test" }, new[] { "a test" }, 1.0)]
    [InlineData(new[] { "a little test" }, new[] { "a test" }, 0.03218297948685433)]
    public void CorpusScore_RawBleuVectors_MatchSacreBleu(string[] hypotheses, string[] references, double expected)
    {
        var score = Raw(0.01).CorpusScore(hypotheses, [references]);

        Assert.Equal(expected, score.Score / 100, 1e-8);
    }

    // mjpost/sacrebleu test/test_bleu.py (2.x): test_bleu_max_order.
    [Theory]
    [InlineData(1, "77.65")]
    [InlineData(2, "60.50")]
    [InlineData(3, "53.93")]
    [InlineData(4, "48.53")]
    [InlineData(5, "46.14")]
    [InlineData(6, "43.28")]
    public void CorpusScore_MaxNgramOrder_MatchesSacreBleu(int order, string expected)
    {
        var score = new BleuMetric(new BleuOptions { MaxNgramOrder = order }).CorpusScore(s_hyps, s_refs);

        Assert.Equal(expected, score.Score.ToString("F2", System.Globalization.CultureInfo.InvariantCulture));
    }

    // mjpost/sacrebleu test/test_bleu.py: test_case_statistics.
    [Fact]
    public void CorpusScore_StatisticsVector_MatchesSacreBleu()
    {
        var score = Raw(0.01).CorpusScore(["am I am a character sequence"], [["I am a symbol string sequence a a"]]);

        Assert.Equal([4.0, 2, 1, 0], score.Counts);
        Assert.Equal([6.0, 5, 4, 3], score.Totals);
    }

    // mjpost/sacrebleu test/test_bleu.py: test_case_offset (floor 0 gives 0, default floor 0.1 gives 0.1555722182).
    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(null, 0.1555722182)]
    public void CorpusScore_FloorOffset_MatchesSacreBleu(double? floor, double expected)
    {
        var score = Raw(floor).CorpusScore(["am I am a character sequence"], [["I am a symbol string sequence a a"]]);

        Assert.Equal(expected, score.Score / 100, 1e-8);
    }

    // mjpost/sacrebleu test/test_bleu.py: test_case_scoring (compute_bleu, smooth_method none).
    [Fact]
    public void Compute_KnownStatistics_MatchesSacreBleu()
    {
        var score = BleuMetric.Compute([9, 7, 5, 3], [10, 8, 6, 4], 11, 11, BleuSmoothing.None);

        Assert.Equal(0.8375922397, score.Score / 100, 1e-8);
    }

    // mjpost/sacrebleu test/test_bleu.py: test_case_degenerate_stats (floor smoothing, all expected 0).
    [Theory]
    [InlineData(new double[] { 0, 0, 0, 0 }, new double[] { 4, 4, 2, 1 }, 0, 1, 0.0)]
    [InlineData(new double[] { 0, 0, 0, 0 }, new double[] { 10, 11, 12, 0 }, 14, 10, 0.0)]
    [InlineData(new double[] { 0, 0, 0, 0 }, new double[] { 0, 0, 0, 0 }, 0, 0, 0.0)]
    [InlineData(new double[] { 6, 5, 4, 0 }, new double[] { 6, 5, 4, 3 }, 6, 6, 0.0)]
    [InlineData(new double[] { 0, 0, 0, 0 }, new double[] { 0, 0, 0, 0 }, 0, 0, 0.1)]
    [InlineData(new double[] { 0, 0, 0, 0 }, new double[] { 0, 0, 0, 0 }, 1, 5, 0.01)]
    public void Compute_DegenerateStatistics_IsZero(double[] correct, double[] total, long hypLen, long refLen, double floor)
    {
        var score = BleuMetric.Compute(correct, total, hypLen, refLen, BleuSmoothing.Floor, floor);

        Assert.Equal(0.0, score.Score);
    }

    // mjpost/sacrebleu test/test_sentence_bleu.py: test_cases (example from issue #98, effective order on).
    [Theory]
    [InlineData(BleuSmoothing.Exponential, null, false, BleuTokenizer.ThirteenA, 8.493)]
    [InlineData(BleuSmoothing.None, null, false, BleuTokenizer.ThirteenA, 0.0)]
    [InlineData(BleuSmoothing.Floor, null, false, BleuTokenizer.ThirteenA, 4.51688)]
    [InlineData(BleuSmoothing.Floor, 0.1, false, BleuTokenizer.ThirteenA, 4.51688)]
    [InlineData(BleuSmoothing.Floor, 0.5, false, BleuTokenizer.ThirteenA, 10.10)]
    [InlineData(BleuSmoothing.AddK, null, false, BleuTokenizer.ThirteenA, 14.882)]
    [InlineData(BleuSmoothing.AddK, 1.0, false, BleuTokenizer.ThirteenA, 14.882)]
    [InlineData(BleuSmoothing.AddK, 2.0, false, BleuTokenizer.ThirteenA, 21.389)]
    [InlineData(BleuSmoothing.Exponential, null, false, BleuTokenizer.None, 7.347)]
    [InlineData(BleuSmoothing.Exponential, null, false, BleuTokenizer.Character, 40.8759)]
    [InlineData(BleuSmoothing.Exponential, null, true, BleuTokenizer.Character, 42.0267)]
    public void SentenceScore_Issue98_MatchesSacreBleu(BleuSmoothing smoothing, double? value, bool lowercase, BleuTokenizer tokenizer, double expected)
    {
        var metric = new BleuMetric(new BleuOptions
        {
            Smoothing = smoothing,
            SmoothValue = value,
            Lowercase = lowercase,
            Tokenizer = tokenizer,
            EffectiveOrder = true,
        });

        var score = metric.SentenceScore(Sys98, [Ref98]);

        Assert.Equal(expected, score.Score, 1e-3);
    }

    // mjpost/sacrebleu test/test_sentence_bleu.py: test_cases_zero_bleu (issue #141: no match gives 0 whatever the smoothing).
    [Theory]
    [InlineData(BleuSmoothing.Exponential, null)]
    [InlineData(BleuSmoothing.None, null)]
    [InlineData(BleuSmoothing.Floor, null)]
    [InlineData(BleuSmoothing.Floor, 0.1)]
    [InlineData(BleuSmoothing.AddK, null)]
    [InlineData(BleuSmoothing.AddK, 1.0)]
    public void SentenceScore_NoMatch_IsZero(BleuSmoothing smoothing, double? value)
    {
        var metric = new BleuMetric(new BleuOptions { Smoothing = smoothing, SmoothValue = value, EffectiveOrder = true });

        var score = metric.SentenceScore("this is a cat", ["okay thanks"]);

        Assert.Equal(0.0, score.Score);
    }

    [Fact]
    public void SentenceScore_EmptyReference_IsZeroWithUnitBrevityPenalty()
    {
        var score = new BleuMetric(new BleuOptions { EffectiveOrder = true }).SentenceScore("a cat", [""]);

        Assert.Equal(0.0, score.Score);
        Assert.Equal(1.0, score.BrevityPenalty);
        Assert.Equal(0, score.ReferenceLength);
    }

    [Fact]
    public void SentenceScore_CaseDiffers_LowercaseOptionMatches()
    {
        var mixed = new BleuMetric(new BleuOptions { EffectiveOrder = true }).SentenceScore("THE CAT SAT", ["the cat sat"]);
        var lower = new BleuMetric(new BleuOptions { EffectiveOrder = true, Lowercase = true }).SentenceScore("THE CAT SAT", ["the cat sat"]);

        Assert.Equal(0.0, mixed.Score);
        Assert.Equal(100.0, lower.Score, 1e-9);
    }

    [Theory]
    [InlineData(10, new[] { 8, 12 }, 8)]
    [InlineData(10, new[] { 12, 9 }, 9)]
    [InlineData(10, new[] { 11, 9 }, 9)]
    public void ClosestReferenceLength_Ties_PickShorter(int hypothesisLength, int[] references, int expected)
    {
        Assert.Equal(expected, BleuMetric.ClosestReferenceLength(hypothesisLength, references));
    }

    [Theory]
    [InlineData(BleuSmoothing.Floor, null, "smooth:floor[0.10]")]
    [InlineData(BleuSmoothing.AddK, null, "smooth:add-k[1.00]")]
    [InlineData(BleuSmoothing.AddK, 2.0, "smooth:add-k[2.00]")]
    [InlineData(BleuSmoothing.None, null, "smooth:none")]
    public void Signature_Smoothing_PrintsValueLikeSacreBleu(BleuSmoothing smoothing, double? value, string expected)
    {
        var signature = new BleuMetric(new BleuOptions { Smoothing = smoothing, SmoothValue = value }).Signature(1);

        Assert.Contains("|" + expected + "|", signature, StringComparison.Ordinal);
    }
}
