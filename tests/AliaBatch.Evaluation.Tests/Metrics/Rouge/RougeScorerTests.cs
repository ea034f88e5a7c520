using AliaBatch.Evaluation.Metrics.Rouge;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Metrics.Rouge;

public sealed class RougeScorerTests
{
    private static string[] ReadLinesKeepingNewlines(string name)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "rouge", name));
        return text.Split('\n').SkipLast(1).Select(line => line + "\n").ToArray();
    }

    private static string ReadAll(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "rouge", name));

    private static RougeScorer Scorer(string type, bool stem = false) => new(new RougeOptions { Types = [type], UseStemmer = stem });

    private static void AssertScore(RougeScore score, double precision, double recall, double fmeasure, double tolerance = 1e-5)
    {
        Assert.Equal(precision, score.Precision, tolerance);
        Assert.Equal(recall, score.Recall, tolerance);
        Assert.Equal(fmeasure, score.FMeasure, tolerance);
    }

    // google-research/google-research rouge/rouge_scorer_test.py: testRouge1, testRouge2,
    // testRougeLConsecutive, testRougeLNonConsecutive.
    [Theory]
    [InlineData("rouge1", "testing", 1.0, 1.0 / 3, 0.5)]
    [InlineData("rouge2", "testing one", 1.0, 0.5, 2.0 / 3)]
    [InlineData("rougeL", "testing one", 1.0, 2.0 / 3, 0.8)]
    [InlineData("rougeL", "testing two", 1.0, 2.0 / 3, 0.8)]
    public void Score_SmallExamples_MatchRougeScore(string type, string prediction, double precision, double recall, double fmeasure)
    {
        var result = Scorer(type).Score("testing one two", prediction);

        AssertScore(result[type], precision, recall, fmeasure, 1e-9);
    }

    // google-research/google-research rouge/rouge_scorer_test.py: testRougeEmpty.
    [Theory]
    [InlineData("rouge1")]
    [InlineData("rouge2")]
    [InlineData("rougeL")]
    [InlineData("rougeLsum")]
    public void Score_EmptyPrediction_IsZero(string type)
    {
        AssertScore(Scorer(type).Score("testing one two", "")[type], 0, 0, 0, 0);
    }

    // google-research/google-research rouge/rouge_scorer_test.py: testInvalidRougeTypes.
    [Theory]
    [InlineData("rougen")]
    [InlineData("rouge0")]
    [InlineData("rouge10")]
    public void Constructor_InvalidType_Throws(string type)
    {
        Assert.Throws<ArgumentException>(() => Scorer(type));
    }

    // google-research/google-research rouge/rouge_scorer_test.py: testRouge1/2/LAgainstRouge155(WithStemming),
    // inputs rouge/testdata/target.txt and prediction.txt (values from ROUGE-1.5.5).
    [Theory]
    [InlineData("rouge1", false, 0, 0.68750, 0.40741, 0.51163)]
    [InlineData("rouge1", false, 1, 0.65385, 0.40476, 0.50000)]
    [InlineData("rouge1", true, 0, 0.68750, 0.40741, 0.51163)]
    [InlineData("rouge1", true, 1, 0.69231, 0.42857, 0.52941)]
    [InlineData("rouge2", false, 0, 0.53333, 0.30769, 0.39024)]
    [InlineData("rouge2", false, 1, 0.48000, 0.29268, 0.36364)]
    [InlineData("rouge2", true, 0, 0.53333, 0.30769, 0.39024)]
    [InlineData("rouge2", true, 1, 0.48000, 0.29268, 0.36364)]
    [InlineData("rougeL", false, 0, 0.68750, 0.40741, 0.51163)]
    [InlineData("rougeL", false, 1, 0.65385, 0.40476, 0.50000)]
    public void Score_AgainstRouge155_MatchesPublishedValues(string type, bool stem, int line, double precision, double recall, double fmeasure)
    {
        var targets = ReadLinesKeepingNewlines("target.txt");
        var predictions = ReadLinesKeepingNewlines("prediction.txt");

        var result = Scorer(type, stem).Score(targets[line], predictions[line]);

        AssertScore(result[type], precision, recall, fmeasure);
    }

    // google-research/google-research rouge/rouge_scorer_test.py: testRougeLSumAgainstRouge155WithStemming
    // (rouge/testdata/pyrouge_files/target_multi.0.txt and prediction_multi.0.txt).
    [Fact]
    public void Score_RougeLsumMultiLine_MatchesRouge155()
    {
        var result = Scorer("rougeLsum", stem: true).Score(ReadAll("target_multi.0.txt"), ReadAll("prediction_multi.0.txt"));

        AssertScore(result["rougeLsum"], 0.66667, 0.36538, 0.47205);
    }

    // google-research/google-research rouge/rouge_scorer_test.py: testRougeLsum (including its empty cases).
    [Theory]
    [InlineData("w1 w2 w3 w4 w5", "w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5", 0.4, 0.8, 0.5333)]
    [InlineData("w1 w2 w3 w4 w5", "", 0.0, 0.0, 0.0)]
    [InlineData("", "w1", 0.0, 0.0, 0.0)]
    [InlineData("w1 w2 w3 w4 w5", "/", 0.0, 0.0, 0.0)]
    public void Score_RougeLsum_MatchesRougeScore(string target, string prediction, double precision, double recall, double fmeasure)
    {
        AssertScore(Scorer("rougeLsum").Score(target, prediction)["rougeLsum"], precision, recall, fmeasure, 1e-3);
    }

    // google-research/google-research rouge/rouge_scorer_test.py: testLcsTable, testUnionLcs, testSummaryLevelLcs.
    [Fact]
    public void LcsHelpers_PaperExample_MatchRougeScore()
    {
        string[] reference = ["1", "2", "3", "4", "5"];

        Assert.Equal([1, 2, 3], RougeScorer.LcsIndices(reference, ["2", "5", "3", "4"]));
        Assert.Empty(RougeScorer.LcsIndices(reference, ["8", "9"]));
        Assert.Equal(["1", "2", "3", "5"], RougeScorer.UnionLcs(reference, [["1", "2", "6", "7", "8"], ["1", "3", "8", "9", "5"]]));
        var summary = RougeScorer.SummaryLevelLcs([reference], [["1", "2", "6", "7", "8"], ["1", "3", "8", "9", "5"]]);
        AssertScore(summary, 0.4, 0.8, 0.5333, 1e-3);
        Assert.Equal(0.0, RougeScorer.SummaryLevelLcs([["reference"]], [[]]).Recall);
    }

    [Fact]
    public void ScoreMulti_SeveralTargets_KeepsBestFMeasurePerType()
    {
        var scorer = new RougeScorer();

        var result = scorer.ScoreMulti(["completely different words", "the cat sat"], "the cat sat");

        AssertScore(result["rouge1"], 1, 1, 1, 1e-12);
        AssertScore(result["rougeLsum"], 1, 1, 1, 1e-12);
    }

    [Fact]
    public void CorpusScore_TwoPairs_AveragesPerPairScores()
    {
        var scorer = Scorer("rouge1");

        var result = scorer.CorpusScore(["testing", "testing one two"], [["testing one two", "testing one two"]]);

        AssertScore(result["rouge1"], 1.0, (1.0 / 3 + 1) / 2, (0.5 + 1) / 2, 1e-12);
    }

    [Fact]
    public void CorpusScore_UnicodeTokenization_MatchesAccentedWords()
    {
        var ascii = Scorer("rouge1").CorpusScore(["acción"], [["acción"]]);
        var unicode = new RougeScorer(new RougeOptions { Types = ["rouge1"], Tokenization = RougeTokenization.Unicode })
            .CorpusScore(["acción rápida"], [["acción lenta"]]);

        AssertScore(ascii["rouge1"], 1, 1, 1, 1e-12);
        AssertScore(unicode["rouge1"], 0.5, 0.5, 0.5, 1e-12);
    }

    [Fact]
    public void Score_SentenceSeparator_SplitsSentencesForLsumOnly()
    {
        var plain = new RougeScorer(new RougeOptions { Types = ["rougeL", "rougeLsum"] });
        var separated = new RougeScorer(new RougeOptions { Types = ["rougeL", "rougeLsum"], SentenceSeparator = "<n>" });
        const string target = "w1 w2 w3 w4 w5";
        const string prediction = "w1 w2 w6 w7 w8 <n> w1 w3 w8 w9 w5";

        var withNewline = plain.Score(target, prediction.Replace("<n>", "\n", StringComparison.Ordinal));
        var after = separated.Score(target, prediction);

        Assert.Equal(withNewline, after);
        Assert.Equal(0.4, after["rougeLsum"].Precision, 1e-12);
        Assert.Equal(0.8, after["rougeLsum"].Recall, 1e-12);
    }
}
