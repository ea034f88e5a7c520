using AliaBatch.Inference.Generation;
using Xunit;

namespace AliaBatch.Inference.Tests.Generation;

public sealed class TextGeneratorTests(TinyDecoders models)
{
    private static readonly string[] s_prompts = ["Bon dia a tothom.", "Hola", "Kaixo, zer moduz zaude gaur goizean?", "Bo día", "The committee met on Tuesday to discuss the budget."];

    [Fact]
    public async Task GenerateAsync_SeveralBatches_EachResultEqualsThePromptAlone()
    {
        var generator = TextGenerator.Open(models.Fp32.Folder, models.Factory);
        var options = new GenerationOptions { MaxNewTokens = 6, TokenBudget = 24, EosTokenIds = [1_000_000] };

        var results = await generator.GenerateAsync(s_prompts, options, TestContext.Current.CancellationToken);

        Assert.True(results.Select(r => r.BatchIndex).Distinct().Count() > 1);
        for (var i = 0; i < s_prompts.Length; i++)
        {
            var ids = generator.Tokenizer.Encode(s_prompts[i]);
            var alone = Assert.Single(generator.Runner.Generate([ids], options, TestContext.Current.CancellationToken));
            Assert.Equal(ids, results[i].PromptTokenIds);
            Assert.Equal(alone.GeneratedIds, results[i].GeneratedTokenIds);
            Assert.Equal(generator.Tokenizer.Decode(alone.GeneratedIds), results[i].Text);
            Assert.Equal((ids.Count, 6), (results[i].TokensIn, results[i].TokensOut));
            Assert.True(results[i].BatchElapsed > TimeSpan.Zero);
        }
    }

    [Fact]
    public async Task GenerateAsync_StopString_StopsAndCutsTheText()
    {
        var generator = TextGenerator.Open(models.Fp32.Folder, models.Factory);
        var free = (await generator.GenerateAsync(["Bon dia"], new GenerationOptions { MaxNewTokens = 12 }, TestContext.Current.CancellationToken))[0];
        var stop = free.Text.Substring(free.Text.Length / 2, 2);
        var options = new GenerationOptions { MaxNewTokens = 12, StopStrings = [stop] };

        var stopped = (await generator.GenerateAsync(["Bon dia"], options, TestContext.Current.CancellationToken))[0];

        Assert.Equal(FinishReason.StopString, stopped.FinishReason);
        Assert.Equal(free.Text[..free.Text.IndexOf(stop, StringComparison.Ordinal)], stopped.Text);
        Assert.True(stopped.TokensOut < free.TokensOut);
    }

    [Fact]
    public void Open_FolderWithoutModel_ThrowsFileNotFoundNamingTheFolder()
    {
        using var empty = new TempDirectory();

        var ex = Assert.Throws<FileNotFoundException>(() => TextGenerator.Open(empty.Path, models.Factory));

        Assert.Contains(empty.Path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_GeneratedFolder_ReadsEosIdsFromGenerationConfig()
    {
        var generator = TextGenerator.Open(models.Fp32.Folder, models.Factory);

        Assert.Equal([2, 5], generator.Defaults.EosTokenIds);
        Assert.Equal(0, generator.Defaults.PadTokenId);
    }

    [Fact]
    public async Task WarmUp_Buckets_RunAndLeaveLaterOutputsUnchanged()
    {
        var generator = TextGenerator.Open(models.Fp32.Folder, models.Factory);
        var options = new GenerationOptions { MaxNewTokens = 5 };
        var before = await generator.GenerateAsync(s_prompts, options, TestContext.Current.CancellationToken);

        generator.WarmUp([(1, 8), (4, 16), (1, 8)], TestContext.Current.CancellationToken);

        var after = await generator.GenerateAsync(s_prompts, options, TestContext.Current.CancellationToken);
        Assert.Equal(before.Select(r => r.GeneratedTokenIds), after.Select(r => r.GeneratedTokenIds));
    }

    [Fact]
    public void WarmUp_EmptyBucket_Throws()
    {
        var generator = TextGenerator.Open(models.Fp32.Folder, models.Factory);

        Assert.Throws<ArgumentOutOfRangeException>(() => generator.WarmUp([(0, 8)], TestContext.Current.CancellationToken));
    }
}
