using AliaBatch.Evaluation.Metrics;
using AliaBatch.Evaluation.Metrics.Bleu;
using AliaBatch.Evaluation.Metrics.Scoring;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Metrics.Scoring;

public sealed class ScoreRunnerTests : IDisposable
{
    private static readonly string[] s_hyps = ["The dog bit the man.", "It wasn't surprising.", "The man had just bitten him."];

    private static readonly IReadOnlyList<string>[] s_refs =
    [
        ["The dog bit the man.", "It was not unexpected.", "The man bit him first."],
        ["The dog had bit the man.", "No one was surprised.", "The man had bitten the dog."],
    ];

    private readonly string _directory = Directory.CreateTempSubdirectory("aliabatch-eval-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteFile(string name, params string[] lines)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    // Expected figures: mjpost/sacrebleu README.md ("Using the API").
    [Fact]
    public void Score_Bleu_MatchesSacreBleuReadme()
    {
        var report = ScoreRunner.Score("bleu", s_hyps, s_refs);

        Assert.Equal(48.530827, report.Score, 1e-6);
        Assert.Equal("BLEU|nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:2.4.2 = 48.5 82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17 ref_len = 18)", report.ToText());
    }

    [Theory]
    [InlineData("chrf", "chrF2|nrefs:2|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.4.2 = 59.7")]
    [InlineData("CHRF++", "chrF2++|nrefs:2|case:mixed|eff:yes|nc:6|nw:2|space:no|version:2.4.2 = ")]
    public void Score_Chrf_PrintsSacreBleuLine(string metric, string expectedPrefix)
    {
        var report = ScoreRunner.Score(metric, s_hyps, s_refs);

        Assert.StartsWith(expectedPrefix, report.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Ter_PrintsSacreBleuLine()
    {
        var report = ScoreRunner.Score("ter", ["d e f g h a b c"], [["a b c d e f g h"]]);

        Assert.Equal("TER|nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.4.2 = 12.5", report.ToText());
    }

    [Fact]
    public void Score_Rouge_ReportsAllVariantsWithRougeLHeadline()
    {
        var report = ScoreRunner.Score("rouge", ["testing one"], [["testing one two"]]);

        Assert.Equal(["rouge1", "rouge2", "rougeL", "rougeLsum"], report.Rouge!.Keys);
        Assert.Equal(0.8, report.Score, 1e-12);
        Assert.Equal("nrefs:1|impl:rouge-score-0.1.2|tok:default|stem:no", report.Signature);
        Assert.StartsWith("rouge1|nrefs:1|impl:rouge-score-0.1.2|tok:default|stem:no = 0.8000 (P = 1.0000 R = 0.6667)", report.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Score_F1_UsesMacroF1AndTrimsLabels()
    {
        var report = ScoreRunner.Score("f1", ["pos ", "neg", "pos"], [["pos", "neg", "neg"]]);

        Assert.Equal(report.Classification!.MacroF1, report.Score);
        Assert.Equal("avg:macro|n:3|labels:2", report.Signature);
        Assert.Contains("  neg: P = 1.0000 R = 0.5000", report.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Accuracy_RejectsSeveralGoldFiles()
    {
        Assert.Throws<EvaluationInputException>(() => ScoreRunner.Score("accuracy", ["a"], [["a"], ["a"]]));
    }

    [Fact]
    public void Score_UnknownMetric_ListsKnownMetrics()
    {
        var error = Assert.Throws<EvaluationInputException>(() => ScoreRunner.Score("meteor", s_hyps, s_refs));

        Assert.Contains("bleu, chrf, chrf++, ter, rouge, accuracy, f1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_NoReferences_Throws()
    {
        Assert.Throws<EvaluationInputException>(() => ScoreRunner.Score("bleu", s_hyps, []));
    }

    [Fact]
    public async Task ScoreFilesAsync_MismatchedLineCounts_NamesFilesAndCounts()
    {
        var hyp = WriteFile("hyp.txt", "a", "b", "c");
        var ref1 = WriteFile("ref1.txt", "a", "b", "c");
        var ref2 = WriteFile("ref2.txt", "a", "b");

        var error = await Assert.ThrowsAsync<EvaluationInputException>(
            () => ScoreRunner.ScoreFilesAsync("bleu", hyp, [ref1, ref2], cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal($"Line count mismatch: {hyp} has 3 lines but {ref2} has 2 lines.", error.Message);
    }

    [Fact]
    public async Task ScoreFilesAsync_MissingFile_NamesIt()
    {
        var hyp = WriteFile("hyp.txt", "a");
        var missing = Path.Combine(_directory, "nope.txt");

        var error = await Assert.ThrowsAsync<EvaluationInputException>(
            () => ScoreRunner.ScoreFilesAsync("chrf", hyp, [missing], cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreFilesAsync_ValidFiles_MatchesInMemoryScore()
    {
        var hyp = WriteFile("hyp.txt", s_hyps);
        var ref1 = WriteFile("ref1.txt", [.. s_refs[0]]);
        var ref2 = WriteFile("ref2.txt", [.. s_refs[1]]);

        var report = await ScoreRunner.ScoreFilesAsync("bleu", hyp, [ref1, ref2], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(ScoreRunner.Score("bleu", s_hyps, s_refs).Score, report.Score);
        Assert.Equal(3, report.Segments);
    }

    [Fact]
    public void Score_BleuOptions_FlowIntoSignature()
    {
        var options = new ScoreOptions { Bleu = new BleuOptions { Lowercase = true, Tokenizer = BleuTokenizer.None }, Width = 2 };

        var report = ScoreRunner.Score("bleu", s_hyps, s_refs, options);

        Assert.StartsWith("BLEU|nrefs:2|case:lc|eff:no|tok:none|smooth:exp|version:2.4.2 = ", report.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void CompareSystems_Rouge_IsRejected()
    {
        Assert.Throws<EvaluationInputException>(() => ScoreRunner.CompareSystems("rouge", s_hyps, s_hyps, s_refs));
    }

    [Fact]
    public void CompareSystems_Chrf_ReturnsScoresOfBothSystems()
    {
        string[] worse = ["A dog.", "Surprise.", "Man bit."];

        var result = ScoreRunner.CompareSystems("chrf", worse, s_hyps, s_refs, resamples: 100);

        Assert.Equal(ScoreRunner.Score("chrf", s_hyps, s_refs).Score, result.SystemScore, 1e-9);
        Assert.True(result.SystemScore > result.BaselineScore);
    }
}
