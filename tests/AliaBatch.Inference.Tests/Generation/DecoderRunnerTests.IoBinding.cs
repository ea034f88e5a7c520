using System.Text.Json;
using AliaBatch.Inference.Generation;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Inference.Tests.Generation;

public sealed partial class DecoderRunnerTests
{
    [Theory]
    [InlineData("fp32")]
    [InlineData("fp16")]
    [InlineData("derived")]
    public void Generate_IoBindingGreedyLeftPaddedWithCompaction_EqualsHostCopies(string variant)
    {
        var runner = models.Runner(Variant(variant));
        var prompts = TinyDecoders.Prompts(31, 9, 2, 5, 14, 9);
        var free = runner.Generate(prompts, Greedy(10), TestContext.Current.CancellationToken);
        var eos = free[1].GeneratedIds[2];
        var options = Greedy(10, [eos]);

        options.UseIoBinding = false;
        var host = runner.Generate(prompts, options, TestContext.Current.CancellationToken);
        options.UseIoBinding = true;
        var bound = runner.Generate(prompts, options, TestContext.Current.CancellationToken);

        Assert.Equal(host.Select(r => r.GeneratedIds), bound.Select(r => r.GeneratedIds));
        Assert.Equal(host.Select(r => r.FinishReason), bound.Select(r => r.FinishReason));
        Assert.Contains(bound, r => r.FinishReason == FinishReason.Eos && r.GeneratedIds.Count < 10);
        Assert.Contains(bound, r => r.FinishReason == FinishReason.MaxLength);
    }

    [Theory]
    [InlineData("fp32")]
    [InlineData("fp16")]
    [InlineData("derived")]
    public void Generate_IoBindingBeamThreeLeftPadded_EqualsHostCopies(string variant)
    {
        var runner = models.Runner(Variant(variant));
        var prompts = TinyDecoders.Prompts(32, 7, 3, 12);
        var options = new GenerationOptions { NumBeams = 3, MaxNewTokens = 8, EosTokenIds = [2, 5, 40], UseIoBinding = false };

        var host = runner.Generate(prompts, options, TestContext.Current.CancellationToken);
        options.UseIoBinding = true;
        var bound = runner.Generate(prompts, options, TestContext.Current.CancellationToken);

        Assert.Equal(host.Select(r => r.GeneratedIds), bound.Select(r => r.GeneratedIds));
        Assert.Equal(host.Select(r => r.Score), bound.Select(r => r.Score));
    }

    [Fact]
    public void Generate_IoBindingMergedDecoderWithUseCacheBranch_EqualsHostCopies()
    {
        using var folder = new TempDirectory();
        var decoder = new DecoderSession(models.Factory.GetSession(MergedLayout(models.Fp32.ModelPath, folder.Path)));
        var runner = new DecoderRunner(decoder, [2, 5], padId: 0);
        var prompts = TinyDecoders.Prompts(34, 6, 2, 9);
        var greedy = Greedy(7);
        var beams = new GenerationOptions { NumBeams = 3, MaxNewTokens = 6, EosTokenIds = [2, 5, 40] };

        var host = runner.Generate(prompts, greedy, TestContext.Current.CancellationToken);
        var hostBeams = runner.Generate(prompts, beams, TestContext.Current.CancellationToken);
        greedy.UseIoBinding = beams.UseIoBinding = true;
        var bound = runner.Generate(prompts, greedy, TestContext.Current.CancellationToken);
        var boundBeams = runner.Generate(prompts, beams, TestContext.Current.CancellationToken);

        Assert.True(decoder.Info.HasUseCacheBranch);
        Assert.Equal(host.Select(r => r.GeneratedIds), bound.Select(r => r.GeneratedIds));
        Assert.Equal(hostBeams.Select(r => r.GeneratedIds), boundBeams.Select(r => r.GeneratedIds));
        Assert.Equal(models.Runner(models.Fp32).Generate(prompts, Greedy(7), TestContext.Current.CancellationToken).Select(r => r.GeneratedIds), bound.Select(r => r.GeneratedIds));
    }

    [Fact]
    public void Generate_IoBindingSeededSampling_EqualsHostCopies()
    {
        var runner = models.Runner(models.Fp32);
        var prompts = TinyDecoders.Prompts(33, 4, 8);
        var options = new GenerationOptions { DoSample = true, Seed = 7, TopK = 20, MaxNewTokens = 9, EosTokenIds = s_noEos, UseIoBinding = false };

        var host = runner.Generate(prompts, options, TestContext.Current.CancellationToken);
        options.UseIoBinding = true;
        var bound = runner.Generate(prompts, options, TestContext.Current.CancellationToken);

        Assert.Equal(host.Select(r => r.GeneratedIds), bound.Select(r => r.GeneratedIds));
    }

    [Fact]
    public void Generate_IoBindingOnTheGenAiTinyLlama_ReproducesItsExpectedGreedySequences()
    {
        var folder = Path.Combine(RepositoryPaths.SharedExternal, "tiny-llama-fp16");
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));
        var testCase = expected.RootElement.GetProperty("cases")[0];
        int[][] prompts = [.. testCase.GetProperty("input_ids").EnumerateArray().Select(r => r.EnumerateArray().Select(t => t.GetInt32()).ToArray())];
        int[][] sequences = [.. testCase.GetProperty("expected_sequences").EnumerateArray().Select(r => r.EnumerateArray().Select(t => t.GetInt32()).ToArray())];
        var special = expected.RootElement.GetProperty("special_ids");
        var runner = new DecoderRunner(new DecoderSession(models.Factory.GetSession(Path.Combine(folder, "model.onnx"))), [special.GetProperty("eos").GetInt32()], special.GetProperty("pad").GetInt32());
        var options = new GenerationOptions
        {
            MaxLength = testCase.GetProperty("max_length").GetInt32(),
            NumBeams = testCase.GetProperty("num_beams").GetInt32(),
            UseIoBinding = true,
        };

        var results = runner.Generate(prompts, options, TestContext.Current.CancellationToken);

        Assert.Equal(sequences, results.Select(r => r.Sequence.ToArray()));
    }

    /// <summary>
    /// The generated Optimum decoder with the legacy merged decoder's boolean <c>use_cache_branch</c> input added: protobuf
    /// merges a second <c>graph</c> field into the first, appending to its repeated <c>input</c> list. The graph ignores
    /// the flag, but ONNX Runtime checks it is fed as a bool <c>[1]</c> on both paths.
    /// </summary>
    private static string MergedLayout(string modelPath, string folder)
    {
        const int boolType = 9;
        var shape = ProtoWriter.Msg(2, ProtoWriter.Msg(1, ProtoWriter.VarintField(1, 1)));
        var type = ProtoWriter.Msg(2, ProtoWriter.Msg(1, [.. ProtoWriter.VarintField(1, boolType), .. shape]));
        var input = ProtoWriter.Msg(11, [.. ProtoWriter.Str(1, "use_cache_branch"), .. type]);
        var path = Path.Combine(folder, "decoder_model_merged.onnx");
        File.WriteAllBytes(path, [.. File.ReadAllBytes(modelPath), .. ProtoWriter.Msg(7, input)]);
        return path;
    }

    private AliaBatch.ModelBuilder.GeneratedModel Variant(string variant) =>
        variant switch { "fp16" => models.Fp16, "derived" => models.Derived, _ => models.Fp32 };
}
