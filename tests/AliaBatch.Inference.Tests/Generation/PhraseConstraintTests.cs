using AliaBatch.Inference.Generation;
using Xunit;

namespace AliaBatch.Inference.Tests.Generation;

public sealed class PhraseConstraintTests(TinyDecoders models)
{
    private static readonly int[] s_eos = [2, 5];
    private static readonly IReadOnlyList<int>[] s_phrase = [[300, 301, 302]];

    private static GenerationOptions Options(int maxNewTokens, int beams = 1) => new()
    {
        MaxNewTokens = maxNewTokens,
        NumBeams = beams,
        EosTokenIds = s_eos,
    };

    private static bool Contains(IReadOnlyList<int> sequence, IReadOnlyList<int> phrase) =>
        Enumerable.Range(0, sequence.Count - phrase.Count + 1).Any(start => sequence.Skip(start).Take(phrase.Count).SequenceEqual(phrase));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Generate_RequiredPhrase_AppearsInEveryConstrainedOutput(int beams)
    {
        var runner = models.Runner(models.Fp32);
        var prompts = TinyDecoders.Prompts(11, 6, 9, 4);
        var constraint = new PhraseConstraint(s_phrase);
        var unconstrained = runner.Generate(prompts, Options(8, beams), TestContext.Current.CancellationToken);

        var constrained = runner.Generate(prompts, Options(8, beams), [constraint, constraint, constraint], TestContext.Current.CancellationToken);

        Assert.All(unconstrained, r => Assert.False(Contains(r.GeneratedIds, s_phrase[0])));
        Assert.All(constrained, r => Assert.True(Contains(r.GeneratedIds, s_phrase[0]), string.Join(' ', r.GeneratedIds)));
        Assert.All(constrained, r => Assert.True(constraint.IsSatisfiedBy(r.GeneratedIds)));
    }

    [Fact]
    public void Generate_UnconstrainedRowInAConstrainedBatch_EqualsItsPlainOutput()
    {
        var runner = models.Runner(models.Fp32);
        var prompts = TinyDecoders.Prompts(12, 5, 7);
        var plain = runner.Generate(prompts, Options(8), TestContext.Current.CancellationToken);

        var mixed = runner.Generate(prompts, Options(8), [new PhraseConstraint(s_phrase), null], TestContext.Current.CancellationToken);

        Assert.Equal(plain[1].GeneratedIds, mixed[1].GeneratedIds);
        Assert.NotEqual(plain[0].GeneratedIds, mixed[0].GeneratedIds);
    }

    [Fact]
    public void Generate_PhraseLongerThanTheBudget_StopsAtTheBudget()
    {
        var runner = models.Runner(models.Fp32);
        var prompts = TinyDecoders.Prompts(13, 5);

        var result = Assert.Single(runner.Generate(prompts, Options(2), [new PhraseConstraint(s_phrase)], TestContext.Current.CancellationToken));

        Assert.Equal([300, 301], result.GeneratedIds);
        Assert.Equal(FinishReason.MaxLength, result.FinishReason);
    }

    [Fact]
    public void Generate_ConstraintCountDiffersFromPrompts_Throws()
    {
        var runner = models.Runner(models.Fp32);

        Assert.Throws<ArgumentException>(() => runner.Generate(TinyDecoders.Prompts(1, 3, 3), Options(4), [new PhraseConstraint(s_phrase)], TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Constructor_EmptyPhrase_Throws() =>
        Assert.Throws<ArgumentException>(() => new PhraseConstraint([[]]));

    [Fact]
    public async Task GenerateAsync_RequiredPhraseText_AppearsInTheDecodedText()
    {
        var generator = TextGenerator.Open(models.Fp32.Folder, models.Factory);
        var prompts = new[] { new GenerationPrompt("Bon dia a tothom.", ["IBI"]), new GenerationPrompt("Hola") };
        var options = new GenerationOptions { MaxNewTokens = 10, NumBeams = 2 };

        var results = await generator.GenerateAsync(prompts, options, TestContext.Current.CancellationToken);
        var plain = await generator.GenerateAsync(["Bon dia a tothom.", "Hola"], options, TestContext.Current.CancellationToken);

        Assert.Contains("IBI", results[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("IBI", plain[0].Text, StringComparison.Ordinal);
        Assert.Equal(plain[1].GeneratedTokenIds, results[1].GeneratedTokenIds);
    }
}
