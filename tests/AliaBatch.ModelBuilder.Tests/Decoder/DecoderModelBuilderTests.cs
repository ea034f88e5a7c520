using AliaBatch.ModelBuilder.Decoder;
using AliaBatch.ModelBuilder.Tests.Reference;
using Xunit;

namespace AliaBatch.ModelBuilder.Tests.Decoder;

public sealed class DecoderModelBuilderTests
{
    private const int Vocab = 512;
    private static readonly long[] s_sequence = [1, 40, 300, 7, 511, 262, 90, 128];

    [Fact]
    public void Build_Tiny_WritesOptimumWithPastLayout()
    {
        using var temp = new TempFolder();
        var spec = new DecoderSpec();

        var model = DecoderModelBuilder.Build(spec, temp.Path, seed: 1);

        Assert.Equal(["model.onnx", "config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json"], model.Files.Select(Path.GetFileName));
        Assert.True(new FileInfo(model.ModelPath).Length < 2_000_000);
        using var runner = new OrtRunner(model.ModelPath);
        Assert.Equal(
            ["input_ids", "attention_mask", "position_ids", "past_key_values.0.key", "past_key_values.0.value", "past_key_values.1.key", "past_key_values.1.value"],
            runner.Session.InputNames);
        Assert.Equal(["logits", "present.0.key", "present.0.value", "present.1.key", "present.1.value"], runner.Session.OutputNames);
        Assert.Equal([-1, 2, -1, 16], runner.Session.InputMetadata["past_key_values.0.key"].Dimensions);
        Assert.Equal(["batch_size", string.Empty, "past_sequence_length", string.Empty], runner.Session.InputMetadata["past_key_values.0.key"].SymbolicDimensions);
        Assert.Equal("past_sequence_length + sequence_length", runner.Session.OutputMetadata["present.1.value"].SymbolicDimensions[2]);
        Assert.Equal([-1, -1, Vocab], runner.Session.OutputMetadata["logits"].Dimensions);
    }

    [Fact]
    public void Build_BatchWithoutCache_OrtMatchesReference()
    {
        using var temp = new TempFolder();
        var spec = new DecoderSpec();
        var model = DecoderModelBuilder.Build(spec, temp.Path, seed: 2);
        var reference = new ReferenceDecoder(spec, new ModelWeights(model.ModelPath));
        using var runner = new OrtRunner(model.ModelPath);
        long[][] ids = [s_sequence, [.. s_sequence.Reverse()]];
        long[][] ones = [[.. s_sequence.Select(_ => 1L)], [.. s_sequence.Select(_ => 1L)]];
        long[][] positions = [[.. Enumerable.Range(0, 8).Select(i => (long)i)], [.. Enumerable.Range(0, 8).Select(i => (long)i)]];

        var logits = new DecoderSession(spec, runner).Step(ids, ones, positions);

        Assert.Equal([2L, 8L, Vocab], logits.Shape);
        for (var b = 0; b < 2; b++)
        {
            AssertClose(reference.Logits(ids[b], ones[b], positions[b]), logits.Data.AsSpan(b * 8 * Vocab, 8 * Vocab), 1e-4);
        }
    }

    [Fact]
    public void Build_PrefillThenSingleTokenSteps_MatchesFullRecompute()
    {
        using var temp = new TempFolder();
        var spec = new DecoderSpec();
        var model = DecoderModelBuilder.Build(spec, temp.Path, seed: 3);
        using var runner = new OrtRunner(model.ModelPath);
        var full = new DecoderSession(spec, runner).Step([s_sequence], [Ones(8)], [Range(0, 8)]);
        var cached = new DecoderSession(spec, runner);

        var last = cached.Step([s_sequence[..5]], [Ones(5)], [Range(0, 5)]);
        for (var t = 5; t < 8; t++)
        {
            last = cached.Step([[s_sequence[t]]], [Ones(t + 1)], [[t]]);
        }

        Assert.Equal([1L, 1L, Vocab], last.Shape);
        AssertClose(full.Data.AsSpan(7 * Vocab, Vocab).ToArray(), last.Data, 1e-4);
    }

    [Fact]
    public void Build_LeftPaddedBatchWithCache_MatchesEachItemAlone()
    {
        using var temp = new TempFolder();
        var spec = new DecoderSpec();
        var model = DecoderModelBuilder.Build(spec, temp.Path, seed: 4);
        using var runner = new OrtRunner(model.ModelPath);
        long[] shortItem = [1, 33, 44];
        var aloneLong = new DecoderSession(spec, runner).Step([s_sequence[..6]], [Ones(6)], [Range(0, 6)]);
        var aloneShort = new DecoderSession(spec, runner).Step([shortItem], [Ones(3)], [Range(0, 3)]);
        var batch = new DecoderSession(spec, runner);

        // HF convention: position_ids = cumsum(mask) - 1, with padded slots set to 1.
        var padded = batch.Step([s_sequence[..6], [0, 0, 0, .. shortItem]], [Ones(6), [0, 0, 0, 1, 1, 1]], [Range(0, 6), [1, 1, 1, 0, 1, 2]]);
        var next = batch.Step([[5], [6]], [Ones(7), [0, 0, 0, 1, 1, 1, 1]], [[6], [3]]);
        var aloneLongNext = new DecoderSession(spec, runner).Step([[.. s_sequence[..6], 5]], [Ones(7)], [Range(0, 7)]);
        var aloneShortNext = new DecoderSession(spec, runner).Step([[.. shortItem, 6]], [Ones(4)], [Range(0, 4)]);

        AssertClose(aloneLong.Data, padded.Data.AsSpan(0, 6 * Vocab), 1e-4);
        AssertClose(aloneShort.Data, padded.Data.AsSpan((6 + 3) * Vocab, 3 * Vocab), 1e-4);
        AssertClose(aloneLongNext.Data.AsSpan(6 * Vocab, Vocab).ToArray(), next.Data.AsSpan(0, Vocab), 1e-4);
        AssertClose(aloneShortNext.Data.AsSpan(3 * Vocab, Vocab).ToArray(), next.Data.AsSpan(Vocab, Vocab), 1e-4);
    }

    [Fact]
    public void Build_ExternalData_WritesDataFileWithSameLogits()
    {
        using var temp = new TempFolder();
        var spec = new DecoderSpec();
        var inline = DecoderModelBuilder.Build(spec, temp.Sub("inline"), seed: 5);

        var external = DecoderModelBuilder.Build(spec, temp.Sub("external"), seed: 5, externalDataThresholdBytes: 0);

        Assert.Equal("model.onnx_data", Path.GetFileName(external.Files[1]));
        Assert.True(new FileInfo(external.ModelPath).Length < 50_000);
        using var inlineRunner = new OrtRunner(inline.ModelPath);
        using var externalRunner = new OrtRunner(external.ModelPath);
        var expected = new DecoderSession(spec, inlineRunner).Step([s_sequence], [Ones(8)], [Range(0, 8)]);
        var actual = new DecoderSession(spec, externalRunner).Step([s_sequence], [Ones(8)], [Range(0, 8)]);
        Assert.Equal(expected.Data, actual.Data);
    }

    [Fact]
    public void Build_Fp16_UsesHalfTensorsAndMatchesReference()
    {
        using var temp = new TempFolder();
        var spec = new DecoderSpec { Precision = ModelPrecision.Fp16 };
        var model = DecoderModelBuilder.Build(spec, temp.Path, seed: 6);
        var reference = new ReferenceDecoder(spec, new ModelWeights(model.ModelPath));
        using var runner = new OrtRunner(model.ModelPath);

        var logits = new DecoderSession(spec, runner).Step([s_sequence], [Ones(8)], [Range(0, 8)]);

        Assert.Equal(Microsoft.ML.OnnxRuntime.Tensors.TensorElementType.Float16, runner.Session.OutputMetadata["logits"].ElementDataType);
        Assert.Equal(Microsoft.ML.OnnxRuntime.Tensors.TensorElementType.Float16, runner.Session.InputMetadata["past_key_values.0.key"].ElementDataType);
        AssertClose(reference.Logits(s_sequence, Ones(8), Range(0, 8)), logits.Data, 2e-3);
    }

    [Fact]
    public void Build_DerivedPositions_DropsPositionIdsAndMatchesOptimumLayout()
    {
        using var temp = new TempFolder();
        var optimum = new DecoderSpec();
        var derived = optimum with { Layout = DecoderLayout.DerivedPositions };
        using var optimumRunner = new OrtRunner(DecoderModelBuilder.Build(optimum, temp.Sub("optimum"), seed: 8).ModelPath);
        using var derivedRunner = new OrtRunner(DecoderModelBuilder.Build(derived, temp.Sub("derived"), seed: 8).ModelPath);
        var expectedSession = new DecoderSession(optimum, optimumRunner);
        var actualSession = new DecoderSession(derived, derivedRunner);
        long[][] ids = [s_sequence[..5], [0, 0, 1, 33, 44]];
        long[][] mask = [Ones(5), [0, 0, 1, 1, 1]];

        var expected = expectedSession.Step(ids, mask, [Range(0, 5), [1, 1, 0, 1, 2]]);
        var actual = actualSession.Step(ids, mask, []);
        var expectedNext = expectedSession.Step([[7], [8]], [Ones(6), [0, 0, 1, 1, 1, 1]], [[5], [3]]);
        var actualNext = actualSession.Step([[7], [8]], [Ones(6), [0, 0, 1, 1, 1, 1]], []);

        Assert.DoesNotContain("position_ids", derivedRunner.Session.InputNames);
        AssertClose(expected.Data, actual.Data, 1e-5);
        AssertClose(expectedNext.Data, actualNext.Data, 1e-5);
    }

    private static long[] Ones(int count) => [.. Enumerable.Repeat(1L, count)];

    private static long[] Range(int start, int count) => [.. Enumerable.Range(start, count).Select(i => (long)i)];

    private static void AssertClose(float[] expected, ReadOnlySpan<float> actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        var worst = 0.0;
        for (var i = 0; i < expected.Length; i++)
        {
            worst = Math.Max(worst, Math.Abs(expected[i] - actual[i]));
        }

        Assert.True(worst <= tolerance, $"max abs difference {worst} exceeds {tolerance}");
    }
}
