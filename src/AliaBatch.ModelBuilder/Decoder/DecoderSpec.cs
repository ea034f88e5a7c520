using System.ComponentModel.DataAnnotations;

namespace AliaBatch.ModelBuilder.Decoder;

/// <summary>
/// Dimensions of a generated Llama-architecture decoder (RMSNorm, RoPE, grouped-query attention, SwiGLU,
/// untied LM head). The defaults are the tiny test model; <see cref="Salamandra2B"/> is the real 2B shape.
/// </summary>
public sealed record DecoderSpec
{
    /// <summary>The salamandra-2b shape (24 layers, hidden 2048, FFN 5440, 16 heads, 16 KV heads, vocab 256,000).</summary>
    public static DecoderSpec Salamandra2B { get; } = new()
    {
        VocabSize = 256_000,
        HiddenSize = 2048,
        IntermediateSize = 5440,
        NumHiddenLayers = 24,
        NumAttentionHeads = 16,
        NumKeyValueHeads = 16,
        HeadDim = 128,
        MaxPositionEmbeddings = 8192,
        RmsNormEps = 1e-5f,
        RopeTheta = 10_000f,
    };

    /// <summary>Rows of the embedding table and width of the logits.</summary>
    [Range(300, 1_000_000)]
    public int VocabSize { get; init; } = 512;

    /// <summary>Model width.</summary>
    [Range(1, 65536)]
    public int HiddenSize { get; init; } = 64;

    /// <summary>Width of the SwiGLU feed-forward layer.</summary>
    [Range(1, 262144)]
    public int IntermediateSize { get; init; } = 128;

    /// <summary>Number of decoder layers.</summary>
    [Range(1, 256)]
    public int NumHiddenLayers { get; init; } = 2;

    /// <summary>Number of query heads.</summary>
    [Range(1, 1024)]
    public int NumAttentionHeads { get; init; } = 4;

    /// <summary>Number of key/value heads; must divide <see cref="NumAttentionHeads"/> (fewer means GQA).</summary>
    [Range(1, 1024)]
    public int NumKeyValueHeads { get; init; } = 2;

    /// <summary>Width of one head (even, for RoPE).</summary>
    [Range(2, 1024)]
    public int HeadDim { get; init; } = 16;

    /// <summary>Context length written to <c>config.json</c>.</summary>
    [Range(1, 1_048_576)]
    public int MaxPositionEmbeddings { get; init; } = 128;

    /// <summary>RMSNorm epsilon (<c>rms_norm_eps</c>).</summary>
    public float RmsNormEps { get; init; } = 1e-5f;

    /// <summary>RoPE base (<c>rope_theta</c>).</summary>
    public float RopeTheta { get; init; } = 10_000f;

    /// <summary>Weight, past/present and logits element type.</summary>
    public ModelPrecision Precision { get; init; } = ModelPrecision.Fp32;

    /// <summary>Input list to imitate.</summary>
    public DecoderLayout Layout { get; init; } = DecoderLayout.OptimumWithPast;

    /// <summary>Query heads per key/value head.</summary>
    public int GroupSize => NumAttentionHeads / NumKeyValueHeads;

    /// <summary>Number of weights, computed from the dimensions without building anything.</summary>
    public long ParameterCount
    {
        get
        {
            long hidden = HiddenSize, attention = (long)NumAttentionHeads * HeadDim, keyValue = (long)NumKeyValueHeads * HeadDim;
            var perLayer = (hidden * attention * 2) + (hidden * keyValue * 2) + (3 * hidden * IntermediateSize) + (2 * hidden);
            return (2 * (long)VocabSize * hidden) + (NumHiddenLayers * perLayer) + hidden;
        }
    }

    /// <summary>Size of the weights in bytes at <see cref="Precision"/>.</summary>
    public long WeightBytes => ParameterCount * (Precision == ModelPrecision.Fp16 ? 2 : 4);

    /// <summary>Throws when the dimensions are inconsistent.</summary>
    public void Validate()
    {
        Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
        if (NumAttentionHeads % NumKeyValueHeads != 0)
        {
            throw new ValidationException($"{nameof(NumAttentionHeads)} ({NumAttentionHeads}) must be a multiple of {nameof(NumKeyValueHeads)} ({NumKeyValueHeads}).");
        }

        if (HeadDim % 2 != 0)
        {
            throw new ValidationException($"{nameof(HeadDim)} ({HeadDim}) must be even for rotary embeddings.");
        }
    }
}
