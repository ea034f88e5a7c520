using AliaBatch.Inference.Generation;
using Xunit;

namespace AliaBatch.Inference.Tests.Generation;

public sealed partial class DecoderRunnerTests(TinyDecoders models)
{
    private static readonly int[] s_noEos = [1_000_000];

    private static GenerationOptions Greedy(int maxNewTokens, IReadOnlyList<int>? eos = null) => new()
    {
        MaxNewTokens = maxNewTokens,
        EosTokenIds = eos ?? s_noEos,
    };

    [Fact]
    public void Generate_KvCache_EqualsRecomputingTheFullSequenceEachStep()
    {
        var runner = models.Runner(models.Fp32);
        var prompts = TinyDecoders.Prompts(1, 7, 3, 11, 1);
        var options = Greedy(12);

        var cached = runner.Generate(prompts, options, TestContext.Current.CancellationToken);
        options.UseKvCache = false;
        var recomputed = runner.Generate(prompts, options, TestContext.Current.CancellationToken);

        Assert.Equal(recomputed.Select(r => r.GeneratedIds), cached.Select(r => r.GeneratedIds));
        Assert.All(cached, r => Assert.Equal(12, r.GeneratedIds.Count));
    }

    [Theory]
    [InlineData("fp32")]
    [InlineData("fp16")]
    [InlineData("derived")]
    public void Generate_LeftPaddedBatch_EachItemEqualsItAlone(string variant)
    {
        var model = variant switch { "fp16" => models.Fp16, "derived" => models.Derived, _ => models.Fp32 };
        var runner = models.Runner(model);
        var prompts = TinyDecoders.Prompts(2, 9, 2, 5, 14, 9);
        var options = Greedy(10);

        var batched = runner.Generate(prompts, options, TestContext.Current.CancellationToken);

        for (var i = 0; i < prompts.Length; i++)
        {
            var alone = Assert.Single(runner.Generate([prompts[i]], options, TestContext.Current.CancellationToken));
            Assert.Equal(alone.GeneratedIds, batched[i].GeneratedIds);
            Assert.Equal(prompts[i], batched[i].PromptIds);
        }
    }

    [Fact]
    public void Generate_EosId_StopsRightAfterItsFirstOccurrence()
    {
        var runner = models.Runner(models.Fp32);
        var prompts = TinyDecoders.Prompts(3, 6);
        var free = Assert.Single(runner.Generate(prompts, Greedy(12), TestContext.Current.CancellationToken)).GeneratedIds;
        var eos = free[4];
        var expected = free.Take(free.ToList().IndexOf(eos) + 1).ToArray();

        var stopped = Assert.Single(runner.Generate(prompts, Greedy(12, [999, eos]), TestContext.Current.CancellationToken));

        Assert.Equal(expected, stopped.GeneratedIds);
        Assert.Equal(FinishReason.Eos, stopped.FinishReason);
    }

    [Fact]
    public void Generate_MaxNewTokensAndMaxLength_StopExactlyAtTheLimit()
    {
        var runner = models.Runner(models.Fp32);
        var prompts = TinyDecoders.Prompts(4, 6, 3);
        var full = runner.Generate(prompts, Greedy(9), TestContext.Current.CancellationToken);

        var byNewTokens = runner.Generate(prompts, Greedy(4), TestContext.Current.CancellationToken);
        var byLength = runner.Generate(prompts, new GenerationOptions { MaxNewTokens = 100, MaxLength = 8, EosTokenIds = s_noEos }, TestContext.Current.CancellationToken);

        Assert.All(byNewTokens, r => Assert.Equal(FinishReason.MaxLength, r.FinishReason));
        Assert.Equal(full.Select(r => r.GeneratedIds.Take(4)), byNewTokens.Select(r => r.GeneratedIds));
        Assert.Equal([8, 8], byLength.Select(r => r.Sequence.Count));
        Assert.Equal(full[0].GeneratedIds.Take(2), byLength[0].GeneratedIds);
        Assert.Equal(full[1].GeneratedIds.Take(5), byLength[1].GeneratedIds);
    }

    [Fact]
    public void Generate_NoRoomLeft_ReturnsNoTokensWithoutRunning()
    {
        var runner = models.Runner(models.Fp32);

        var result = Assert.Single(runner.Generate(TinyDecoders.Prompts(5, 6), new GenerationOptions { MaxLength = 6 }, TestContext.Current.CancellationToken));

        Assert.Empty(result.GeneratedIds);
        Assert.Equal(FinishReason.MaxLength, result.FinishReason);
    }

    [Fact]
    public void Generate_CompactionOnAndOff_GivesIdenticalOutputs()
    {
        var runner = models.Runner(models.Fp32);
        var prompts = TinyDecoders.Prompts(6, 4, 8, 2, 6, 5, 3);

        // Each row stops on its own third token, so rows leave the batch at different steps.
        var free = runner.Generate(prompts, Greedy(10), TestContext.Current.CancellationToken);
        int[] eos = [.. free.Select((r, i) => r.GeneratedIds[(i % 5) + 1])];
        var compacted = runner.Generate(prompts, new GenerationOptions { MaxNewTokens = 10, EosTokenIds = eos }, TestContext.Current.CancellationToken);
        var full = runner.Generate(prompts, new GenerationOptions { MaxNewTokens = 10, EosTokenIds = eos, CompactFinished = false }, TestContext.Current.CancellationToken);

        Assert.Equal(full.Select(r => r.GeneratedIds), compacted.Select(r => r.GeneratedIds));
        Assert.Contains(compacted, r => r.FinishReason == FinishReason.Eos);
        Assert.True(compacted.Select(r => r.GeneratedIds.Count).Distinct().Count() > 2);
    }
}
