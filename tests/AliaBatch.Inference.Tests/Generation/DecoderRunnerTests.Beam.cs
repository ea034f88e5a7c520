using AliaBatch.Inference.Generation;
using Xunit;

namespace AliaBatch.Inference.Tests.Generation;

public sealed partial class DecoderRunnerTests
{
    [Fact]
    public void GenerateWithBeams_WidthOne_EqualsGreedy()
    {
        var runner = models.Runner(models.Fp32);
        var prompts = TinyDecoders.Prompts(7, 5, 9, 3);
        var free = runner.Generate(prompts, Greedy(10), TestContext.Current.CancellationToken);
        var options = Greedy(10, [free[0].GeneratedIds[3], free[2].GeneratedIds[6]]);

        var greedy = runner.Generate(prompts, options, TestContext.Current.CancellationToken);
        options.NumBeams = 1;
        var beams = runner.GenerateWithBeams(prompts, options, TestContext.Current.CancellationToken);

        Assert.Equal(greedy.Select(r => r.GeneratedIds), beams.Select(r => r.GeneratedIds));
        Assert.Equal(greedy.Select(r => r.FinishReason), beams.Select(r => r.FinishReason));
        Assert.Contains(beams, r => r.FinishReason == FinishReason.Eos);
    }

    /// <summary>
    /// With few enough allowed ids (the rest suppressed) every complete sequence is considered by a width-8 beam, so
    /// the returned hypothesis must be the brute-force optimum of <c>sum log p / length ^ penalty</c>.
    /// </summary>
    [Theory]
    [InlineData(2, 1, 2, 1.0f)]
    [InlineData(2, 1, 2, 0.0f)]
    [InlineData(2, 1, 2, 2.5f)]
    [InlineData(2, 1, 2, -1.0f)]
    [InlineData(1, 2, 3, 1.0f)]
    [InlineData(1, 2, 3, 0.0f)]
    [InlineData(1, 2, 3, 3.0f)]
    [InlineData(1, 2, 3, -1.0f)]
    public void Generate_BeamsCoverEverySequence_ReturnsTheBruteForceOptimum(int regularCount, int eosCount, int maxNewTokens, float lengthPenalty)
    {
        var runner = models.Runner(models.Fp32);
        var prompts = TinyDecoders.Prompts(8, 5, 2);
        int[] regular = [.. Enumerable.Range(40, regularCount)];
        int[] eos = [.. new[] { 2, 5 }.Take(eosCount)];
        var options = BeamOptions(regular, eos, maxNewTokens, lengthPenalty, numBeams: 8);

        var results = runner.Generate(prompts, options, TestContext.Current.CancellationToken);

        for (var i = 0; i < prompts.Length; i++)
        {
            var (tokens, score) = BeamBruteForce.Best(runner.Decoder, prompts[i], regular, eos, maxNewTokens, lengthPenalty);
            Assert.Equal(tokens, results[i].GeneratedIds);
            Assert.Equal(score, results[i].Score!.Value, 4);
            Assert.Equal(eos.Contains(tokens[^1]) ? FinishReason.Eos : FinishReason.MaxLength, results[i].FinishReason);
        }
    }

    /// <summary>With 12 allowed ids and 4 steps a width-4 beam is no longer exhaustive: its answer is scored exactly and never beats the optimum.</summary>
    [Fact]
    public void Generate_NarrowBeamOnTwelveIds_ReportsTheExactScoreAndNeverBeatsBruteForce()
    {
        var runner = models.Runner(models.Fp32);
        var prompt = TinyDecoders.Prompts(9, 4)[0];
        int[] regular = [.. Enumerable.Range(40, 10)];
        int[] eos = [2, 5];
        var options = BeamOptions(regular, eos, 4, 1f, numBeams: 4);

        var result = Assert.Single(runner.Generate([prompt], options, TestContext.Current.CancellationToken));

        var (_, optimum) = BeamBruteForce.Best(runner.Decoder, prompt, regular, eos, 4, 1f);
        var own = BeamBruteForce.Score(runner.Decoder, prompt, result.GeneratedIds, 1f);
        Assert.Equal(own, result.Score!.Value, 4);
        Assert.True(result.Score <= optimum + 1e-4);
    }

    [Fact]
    public void Generate_BeamBatch_EachItemEqualsItAlone()
    {
        var runner = models.Runner(models.Fp32);
        var prompts = TinyDecoders.Prompts(10, 6, 2, 9);
        var options = new GenerationOptions { NumBeams = 4, MaxNewTokens = 6, LengthPenalty = 1f };

        var batched = runner.Generate(prompts, options, TestContext.Current.CancellationToken);

        for (var i = 0; i < prompts.Length; i++)
        {
            var alone = Assert.Single(runner.Generate([prompts[i]], options, TestContext.Current.CancellationToken));
            Assert.Equal(alone.GeneratedIds, batched[i].GeneratedIds);
            Assert.Equal(alone.Score!.Value, batched[i].Score!.Value, 4);
        }
    }

    private static GenerationOptions BeamOptions(int[] regular, int[] eos, int maxNewTokens, float lengthPenalty, int numBeams) => new()
    {
        NumBeams = numBeams,
        MaxNewTokens = maxNewTokens,
        LengthPenalty = lengthPenalty,
        EosTokenIds = eos,
        SuppressTokenIds = [.. Enumerable.Range(0, 512).Except(regular).Except(eos)],
    };
}
