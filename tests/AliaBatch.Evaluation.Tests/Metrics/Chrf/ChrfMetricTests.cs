using AliaBatch.Evaluation.Metrics.Chrf;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Metrics.Chrf;

public sealed class ChrfMetricTests
{
    private static readonly string[] s_hyps = ["The dog bit the man.", "It wasn't surprising.", "The man had just bitten him."];

    private static readonly IReadOnlyList<string>[] s_refs =
    [
        ["The dog bit the man.", "It was not unexpected.", "The man bit him first."],
        ["The dog had bit the man.", "No one was surprised.", "The man had bitten the dog."],
    ];

    // mjpost/sacrebleu README.md ("Using the API"): chrf.corpus_score(sys, refs) -> "chrF2 = 59.73".
    [Fact]
    public void CorpusScore_ReadmeExample_MatchesSacreBleu()
    {
        var metric = new ChrfMetric();

        var score = metric.CorpusScore(s_hyps, s_refs);

        Assert.Equal("chrF2 = 59.73", score.Format(string.Empty, 2));
        Assert.Equal("nrefs:2|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.4.2", metric.Signature(2));
    }

    // mjpost/sacrebleu test/test_chrf.py: test_cases (char_order 6, word_order 0, beta 3, eps_smoothing True).
    [Theory]
    [InlineData(new[] { "abcdefg" }, new[] { "hijklmnop" }, 0.0)]
    [InlineData(new[] { "a" }, new[] { "b" }, 0.0)]
    [InlineData(new[] { "" }, new[] { "b" }, 0.0)]
    [InlineData(new[] { "" }, new[] { "ref" }, 0.0)]
    [InlineData(new[] { "" }, new[] { "reference" }, 0.0)]
    [InlineData(new[] { "aa" }, new[] { "ab" }, 8.3333)]
    [InlineData(new[] { "a", "b" }, new[] { "a", "c" }, 8.3333)]
    [InlineData(new[] { "a" }, new[] { "a" }, 16.6667)]
    [InlineData(new[] { "a b c" }, new[] { "a b c" }, 50.0)]
    [InlineData(new[] { "a b c" }, new[] { "abc" }, 50.0)]
    [InlineData(
        new[] { " risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists ." },
        new[] { "risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists ." },
        63.361730)]
    [InlineData(
        new[] { " Die    Beziehung zwischen  Obama und Netanjahu ist nicht gerade  freundlich. " },
        new[] { "Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich." },
        64.1302698)]
    [InlineData(
        new[] { "Niemand hat die Absicht, eine Mauer zu errichten" },
        new[] { "Niemand hat die Absicht, eine Mauer zu errichten" },
        100.0)]
    public void CorpusScore_EpsilonSmoothingVectors_MatchSacreBleu(string[] hypotheses, string[] references, double expected)
    {
        var metric = new ChrfMetric(new ChrfOptions { Beta = 3, EpsilonSmoothing = true });

        var score = metric.CorpusScore(hypotheses, [references]);

        Assert.Equal(expected, score.Score, 1e-4);
    }

    // mjpost/sacrebleu test/test_chrf.py: test_cases_effective_order (beta 3, eps_smoothing False, the 2.x default).
    [Theory]
    [InlineData(new[] { "a" }, new[] { "a" }, 100.0)]
    [InlineData(new[] { "" }, new[] { "reference" }, 0.0)]
    [InlineData(new[] { "a b c" }, new[] { "a b c" }, 100.0)]
    [InlineData(new[] { "a b c" }, new[] { "abc" }, 100.0)]
    [InlineData(new[] { "" }, new[] { "c" }, 0.0)]
    [InlineData(new[] { "a", "b" }, new[] { "a", "c" }, 50.0)]
    [InlineData(new[] { "aa" }, new[] { "ab" }, 25.0)]
    public void CorpusScore_EffectiveOrderVectors_MatchSacreBleu(string[] hypotheses, string[] references, double expected)
    {
        var metric = new ChrfMetric(new ChrfOptions { Beta = 3 });

        var score = metric.CorpusScore(hypotheses, [references]);

        Assert.Equal(expected, score.Score, 1e-4);
    }

    // mjpost/sacrebleu test/test_chrf.py: test_cases_keep_whitespace (beta 3, whitespace True).
    [Theory]
    [InlineData(
        "Die Beziehung zwischen Obama und Netanjahu ist nicht gerade freundlich.",
        "Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich.",
        67.3481606)]
    [InlineData(
        "risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists .",
        "risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists .",
        65.2414427)]
    public void CorpusScore_KeepWhitespace_MatchesSacreBleu(string hypothesis, string reference, double expected)
    {
        var metric = new ChrfMetric(new ChrfOptions { Beta = 3, Whitespace = true });

        var score = metric.CorpusScore([hypothesis], [[reference]]);

        Assert.Equal(expected, score.Score, 1e-4);
    }

    // mjpost/sacrebleu test/test_chrf.py: test_sentence_level_chrf (defaults with eps_smoothing True).
    [Theory]
    [InlineData(
        "Co nás nejvíc trápí, protože lékaři si vybírají, kdo bude žít a kdo zemře.",
        "Nejvíce smutní jsme z toho, že musíme rozhodovat o tom, kdo bude žít a kdo zemře.",
        39.14078509)]
    [InlineData(
        "Nebo prostě nemají vybavení, které by jim pomohlo, uvedli lékaři.",
        "A někdy nemáme ani potřebný materiál, abychom jim pomohli, popsali lékaři.",
        31.22557079)]
    [InlineData(
        "Lapali po dechu, jejich životy skončily dřív, než skutečně začaly.",
        "Lapali po dechu a pak jejich život skončil - dřív, než skutečně mohl začít, připomněli.",
        57.15704367)]
    public void SentenceScore_CzechVectors_MatchSacreBleu(string hypothesis, string reference, double expected)
    {
        var metric = new ChrfMetric(new ChrfOptions { EpsilonSmoothing = true });

        var score = metric.SentenceScore(hypothesis, [reference]);

        Assert.Equal(expected, score.Score, 1e-4);
    }

    [Fact]
    public void CorpusScore_ChrfPlusPlus_NameAndSignatureUseWordOrderTwo()
    {
        var metric = new ChrfMetric(ChrfOptions.ChrfPlusPlus);

        var score = metric.CorpusScore(s_hyps, s_refs);

        Assert.Equal("chrF2++", score.Name);
        Assert.Equal("nrefs:2|case:mixed|eff:yes|nc:6|nw:2|space:no|version:2.4.2", metric.Signature(2));
        Assert.InRange(score.Score, 0.1, 99.9);
    }

    [Fact]
    public void CorpusScore_IdenticalText_IsHundredForChrfPlusPlus()
    {
        var score = new ChrfMetric(ChrfOptions.ChrfPlusPlus).CorpusScore(["¿Qué tal, Anna?"], [["¿Qué tal, Anna?"]]);

        Assert.Equal(100.0, score.Score, 1e-9);
    }

    [Fact]
    public void CorpusScore_SumsStatisticsBeforeFScore_NotAveragingSentences()
    {
        var metric = new ChrfMetric();
        string[] hyps = ["abcdef", "x"];
        string[] refs = ["abcdef", "y"];

        var corpus = metric.CorpusScore(hyps, [refs]).Score;
        var sentenceMean = (metric.SentenceScore(hyps[0], [refs[0]]).Score + metric.SentenceScore(hyps[1], [refs[1]]).Score) / 2;

        Assert.NotEqual(sentenceMean, corpus, 3);
        Assert.Equal(100.0, metric.SentenceScore(hyps[0], [refs[0]]).Score, 1e-9);
    }

    [Fact]
    public void SentenceScore_SeveralReferences_KeepsBestReference()
    {
        var metric = new ChrfMetric();

        var score = metric.SentenceScore("bon dia", ["adeu", "bon dia"]);

        Assert.Equal(100.0, score.Score, 1e-9);
    }

    [Fact]
    public void SentenceScore_Lowercase_IgnoresCase()
    {
        var metric = new ChrfMetric(new ChrfOptions { Lowercase = true });

        var score = metric.SentenceScore("EGUNON", ["egunon"]);

        Assert.Equal(100.0, score.Score, 1e-9);
        Assert.Contains("case:lc", metric.Signature(1), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(hi) there, you.", new[] { "(hi", ")", "there", ",", "you", "." })]
    [InlineData("a - b", new[] { "a", "-", "b" })]
    [InlineData("'quoted", new[] { "'", "quoted" })]
    public void SplitPunctuation_WordEdges_SplitLikeSacreBleu(string sentence, string[] expected)
    {
        Assert.Equal(expected, ChrfMetric.SplitPunctuation(sentence));
    }
}
