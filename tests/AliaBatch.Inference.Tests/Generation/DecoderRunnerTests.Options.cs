using AliaBatch.Inference.Generation;
using Xunit;

namespace AliaBatch.Inference.Tests.Generation;

public sealed partial class DecoderRunnerTests
{
    [Fact]
    public void Generate_NoRepeatNgramSize_NoBigramOccursTwice()
    {
        var runner = models.Runner(models.Fp32);
        var prompts = TinyDecoders.Prompts(11, 4, 7);
        var plain = runner.Generate(prompts, Greedy(24), TestContext.Current.CancellationToken);
        var options = Greedy(24);
        options.NoRepeatNgramSize = 2;

        var banned = runner.Generate(prompts, options, TestContext.Current.CancellationToken);

        Assert.Contains(plain, r => RepeatsBigram(r.Sequence));
        Assert.All(banned, r => Assert.False(RepeatsBigram(r.Sequence)));
    }

    [Fact]
    public void Generate_StrongRepetitionPenalty_NeverRepeatsAnId()
    {
        var runner = models.Runner(models.Fp32);
        var prompts = TinyDecoders.Prompts(12, 5, 3);
        var plain = runner.Generate(prompts, Greedy(16), TestContext.Current.CancellationToken);
        var options = Greedy(16);
        options.RepetitionPenalty = 1000f;

        var penalised = runner.Generate(prompts, options, TestContext.Current.CancellationToken);

        Assert.Contains(plain, r => r.Sequence.Distinct().Count() < r.Sequence.Count);
        Assert.All(penalised, r => Assert.Equal(r.Sequence.Count, r.Sequence.Distinct().Count()));
    }

    [Fact]
    public void Generate_SeededSampling_IsReproducibleAndIndependentOfTheBatch()
    {
        var runner = models.Runner(models.Fp32);
        var prompts = TinyDecoders.Prompts(13, 6, 3, 8);
        var options = new GenerationOptions { DoSample = true, Seed = 42, Temperature = 1.5f, TopK = 50, TopP = 0.95f, MaxNewTokens = 12, EosTokenIds = s_noEos };

        var first = runner.Generate(prompts, options, TestContext.Current.CancellationToken);
        var again = runner.Generate([prompts[2], prompts[0], prompts[1]], options, TestContext.Current.CancellationToken);
        var greedy = runner.Generate(prompts, Greedy(12), TestContext.Current.CancellationToken);
        options.Seed = 43;
        var otherSeed = runner.Generate(prompts, options, TestContext.Current.CancellationToken);

        Assert.Equal(first.Select(r => r.GeneratedIds), new[] { again[1], again[2], again[0] }.Select(r => r.GeneratedIds));
        Assert.NotEqual(greedy.Select(r => r.GeneratedIds), first.Select(r => r.GeneratedIds));
        Assert.NotEqual(first.Select(r => r.GeneratedIds), otherSeed.Select(r => r.GeneratedIds));
    }

    [Fact]
    public void Generate_SamplingWithBeams_Throws()
    {
        var runner = models.Runner(models.Fp32);

        Assert.Throws<ArgumentException>(() => runner.Generate(TinyDecoders.Prompts(14, 3), new GenerationOptions { DoSample = true, NumBeams = 2 }, TestContext.Current.CancellationToken));
    }

    private static bool RepeatsBigram(IReadOnlyList<int> sequence)
    {
        var seen = new HashSet<(int, int)>();
        for (var i = 0; i + 1 < sequence.Count; i++)
        {
            if (!seen.Add((sequence[i], sequence[i + 1])))
            {
                return true;
            }
        }

        return false;
    }
}
