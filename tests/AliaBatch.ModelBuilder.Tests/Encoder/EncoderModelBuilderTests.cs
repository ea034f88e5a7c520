using AliaBatch.ModelBuilder.Encoder;
using AliaBatch.ModelBuilder.Tests.Reference;
using Xunit;

namespace AliaBatch.ModelBuilder.Tests.Encoder;

public sealed class EncoderModelBuilderTests
{
    private static readonly long[][] s_ids = [[2, 120, 130, 140, 150, 3], [2, 200, 3, 0, 0, 0]];
    private static readonly long[][] s_masks = [[1, 1, 1, 1, 1, 1], [1, 1, 1, 0, 0, 0]];
    private static readonly long[][] s_types = [[0, 0, 0, 1, 1, 1], [0, 0, 0, 0, 0, 0]];

    [Fact]
    public void Build_Classifier_WritesOptimumLayout()
    {
        using var temp = new TempFolder();

        var model = EncoderModelBuilder.Build(new EncoderSpec(), temp.Path, seed: 7);

        Assert.Equal(["model.onnx", "config.json", "vocab.txt", "tokenizer_config.json"], model.Files.Select(Path.GetFileName));
        Assert.All(model.Files, f => Assert.True(File.Exists(f)));
        using var runner = new OrtRunner(model.ModelPath);
        Assert.Equal(["input_ids", "attention_mask"], runner.Session.InputNames);
        Assert.Equal(["logits"], runner.Session.OutputNames);
        Assert.Equal([-1, 3], runner.Session.OutputMetadata["logits"].Dimensions);
        Assert.Equal(["batch_size", string.Empty], runner.Session.OutputMetadata["logits"].SymbolicDimensions);
    }

    [Fact]
    public void Build_SameSeed_WritesIdenticalModel()
    {
        using var temp = new TempFolder();

        var first = EncoderModelBuilder.Build(new EncoderSpec(), temp.Sub("a"), seed: 11);
        var second = EncoderModelBuilder.Build(new EncoderSpec(), temp.Sub("b"), seed: 11);
        var other = EncoderModelBuilder.Build(new EncoderSpec(), temp.Sub("c"), seed: 12);

        Assert.Equal(File.ReadAllBytes(first.ModelPath), File.ReadAllBytes(second.ModelPath));
        Assert.NotEqual(File.ReadAllBytes(first.ModelPath), File.ReadAllBytes(other.ModelPath));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Build_ClassifierPaddedBatch_OrtMatchesReference(bool useTokenTypeIds)
    {
        using var temp = new TempFolder();
        var spec = new EncoderSpec { UseTokenTypeIds = useTokenTypeIds };
        var model = EncoderModelBuilder.Build(spec, temp.Path, seed: 3);
        var reference = new ReferenceEncoder(spec, new ModelWeights(model.ModelPath));
        using var runner = new OrtRunner(model.ModelPath);

        var logits = runner.Run(Inputs(useTokenTypeIds))["logits"];

        Assert.Equal([2L, 3L], logits.Shape);
        for (var b = 0; b < 2; b++)
        {
            var expected = reference.Logits(s_ids[b], s_masks[b], useTokenTypeIds ? s_types[b] : null);
            AssertClose(expected, logits.Data.AsSpan(b * 3, 3).ToArray(), tolerance: 1e-5);
        }
    }

    [Fact]
    public void Build_FeatureExtractionPaddedBatch_OrtMatchesReference()
    {
        using var temp = new TempFolder();
        var spec = new EncoderSpec { Head = EncoderHead.FeatureExtraction };
        var model = EncoderModelBuilder.Build(spec, temp.Path, seed: 5);
        var reference = new ReferenceEncoder(spec, new ModelWeights(model.ModelPath));
        using var runner = new OrtRunner(model.ModelPath);

        var hidden = runner.Run(Inputs(useTokenTypeIds: false))["last_hidden_state"];

        Assert.Equal([2L, 6L, 32L], hidden.Shape);
        for (var b = 0; b < 2; b++)
        {
            var valid = (int)s_masks[b].Sum();
            var expected = reference.Hidden(s_ids[b], s_masks[b], null);
            AssertClose(expected[..(valid * 32)], hidden.Data.AsSpan(b * 6 * 32, valid * 32).ToArray(), tolerance: 1e-4);
        }
    }

    private static Dictionary<string, (Array Data, long[] Shape)> Inputs(bool useTokenTypeIds)
    {
        var inputs = new Dictionary<string, (Array Data, long[] Shape)>
        {
            ["input_ids"] = (s_ids.SelectMany(x => x).ToArray(), [2, 6]),
            ["attention_mask"] = (s_masks.SelectMany(x => x).ToArray(), [2, 6]),
        };
        if (useTokenTypeIds)
        {
            inputs["token_type_ids"] = (s_types.SelectMany(x => x).ToArray(), [2, 6]);
        }

        return inputs;
    }

    private static void AssertClose(float[] expected, float[] actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"index {i}: expected {expected[i]}, actual {actual[i]}");
        }
    }
}
