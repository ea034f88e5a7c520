using System.ComponentModel.DataAnnotations;
using AliaBatch.ModelBuilder.Decoder;
using Xunit;

namespace AliaBatch.ModelBuilder.Tests.Decoder;

public sealed class DecoderSpecTests
{
    [Fact]
    public void Salamandra2B_ParameterCount_MatchesPublishedShape()
    {
        var spec = DecoderSpec.Salamandra2B with { Precision = ModelPrecision.Fp16 };

        spec.Validate();

        // 2 × 256000 × 2048 (embeddings + untied head) + 24 × (4 × 2048² + 3 × 2048 × 5440 + 2 × 2048) + 2048.
        Assert.Equal(2_253_490_176L, spec.ParameterCount);
        Assert.Equal(2 * 2_253_490_176L, spec.WeightBytes);
        Assert.True(spec.WeightBytes > DecoderModelBuilder.ExternalDataThresholdBytes);
        Assert.Equal(1, spec.GroupSize);
    }

    [Fact]
    public void ParameterCount_Tiny_EqualsWrittenInitializers()
    {
        using var temp = new TempFolder();
        var spec = new DecoderSpec();

        var model = DecoderModelBuilder.Build(spec, temp.Path, seed: 1);

        var weights = new Reference.ModelWeights(model.ModelPath);
        Assert.Equal(spec.ParameterCount, weights.Model.Graph.Initializer.Sum(t => t.Dims.Aggregate(1L, (a, b) => a * b)));
    }

    [Theory]
    [InlineData(4, 3, 16)]
    [InlineData(4, 2, 15)]
    public void Validate_InconsistentHeads_Throws(int heads, int kvHeads, int headDim)
    {
        var spec = new DecoderSpec { NumAttentionHeads = heads, NumKeyValueHeads = kvHeads, HeadDim = headDim };

        Assert.Throws<ValidationException>(spec.Validate);
    }
}
