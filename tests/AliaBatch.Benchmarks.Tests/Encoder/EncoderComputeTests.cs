using AliaBatch.Benchmarks.Encoder;
using AliaBatch.ModelBuilder.Encoder;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Benchmarks.Tests.Encoder;

public sealed class EncoderComputeTests
{
    // Hidden 32, feed-forward 64, 2 layers: per layer 4 × 32 × 32 (query, key, value, output) + 2 × 32 × 64.
    private const long LayerMacs = (4 * 32 * 32) + (2 * 32 * 64);

    [Fact]
    public void FromModel_FeatureExtractionEncoder_CountsEveryLayerProduct()
    {
        using var temp = new TemporaryFolder();
        var model = EncoderModelBuilder.Build(new EncoderSpec { Head = EncoderHead.FeatureExtraction }, temp.Path, seed: 3);

        var compute = EncoderCompute.FromModel(model.ModelPath, "last_hidden_state", attentionWidth: 32);

        Assert.Equal(2 * LayerMacs, compute.MatMulMacsPerToken);
        Assert.Equal(2, compute.AttentionLayers);
        Assert.Equal(32 * 64, compute.LargestWeight.Rows * compute.LargestWeight.Columns);
    }

    [Fact]
    public void FromModel_ClassifierLogits_AddsThePoolerAndTheHead()
    {
        using var temp = new TemporaryFolder();
        var model = EncoderModelBuilder.Build(new EncoderSpec(), temp.Path, seed: 3);

        var compute = EncoderCompute.FromModel(model.ModelPath, "logits", attentionWidth: 32);

        Assert.Equal((2 * LayerMacs) + (32 * 32) + (32 * 3), compute.MatMulMacsPerToken);
    }

    [Fact]
    public void FromModel_UnknownOutput_ThrowsNamingTheOutputs()
    {
        using var temp = new TemporaryFolder();
        var model = EncoderModelBuilder.Build(new EncoderSpec(), temp.Path, seed: 3);

        var error = Assert.Throws<InvalidDataException>(() => EncoderCompute.FromModel(model.ModelPath, "last_hidden_state", attentionWidth: 32));

        Assert.Contains("no output 'last_hidden_state' (outputs: logits)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FlopsPerSentence_TenTokens_CountsProductsAndAttention()
    {
        var compute = new EncoderCompute(MatMulMacsPerToken: 1000, AttentionLayers: 2, AttentionWidth: 8, LargestWeight: (10, 100));

        // 2 FLOP per multiply-add × 10 tokens × (1000 + 2 layers × 2 × 10 tokens × width 8).
        Assert.Equal(2.0 * 10 * (1000 + 320), compute.FlopsPerSentence(10));
    }
}
