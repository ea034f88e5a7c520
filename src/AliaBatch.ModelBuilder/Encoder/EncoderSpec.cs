using System.ComponentModel.DataAnnotations;

namespace AliaBatch.ModelBuilder.Encoder;

/// <summary>Dimensions and options of a generated BERT-style encoder (post-LayerNorm, exact GELU, learned absolute positions).</summary>
public sealed record EncoderSpec
{
    /// <summary>Rows of the word-embedding table; <c>vocab.txt</c> is padded with <c>[unusedN]</c> to this size.</summary>
    [Range(64, 1_000_000)]
    public int VocabSize { get; init; } = 1000;

    /// <summary>Model width.</summary>
    [Range(1, 65536)]
    public int HiddenSize { get; init; } = 32;

    /// <summary>Number of transformer layers.</summary>
    [Range(1, 256)]
    public int NumHiddenLayers { get; init; } = 2;

    /// <summary>Number of attention heads; must divide <see cref="HiddenSize"/>.</summary>
    [Range(1, 1024)]
    public int NumAttentionHeads { get; init; } = 4;

    /// <summary>Width of the feed-forward layer.</summary>
    [Range(1, 262144)]
    public int IntermediateSize { get; init; } = 64;

    /// <summary>Rows of the position-embedding table (the longest accepted sequence).</summary>
    [Range(1, 65536)]
    public int MaxPositionEmbeddings { get; init; } = 128;

    /// <summary>LayerNorm epsilon (BERT 1e-12, RoBERTa 1e-5).</summary>
    public float LayerNormEpsilon { get; init; } = 1e-12f;

    /// <summary>Class labels in id order (used for <c>id2label</c> and the logits width).</summary>
    public IReadOnlyList<string> Labels { get; init; } = ["negative", "neutral", "positive"];

    /// <summary>Whether the model takes <c>token_type_ids</c> (BERT style) besides <c>input_ids</c> and <c>attention_mask</c>.</summary>
    public bool UseTokenTypeIds { get; init; }

    /// <summary>The output the model exposes.</summary>
    public EncoderHead Head { get; init; } = EncoderHead.SequenceClassification;

    /// <summary>Weight and output element type.</summary>
    public ModelPrecision Precision { get; init; } = ModelPrecision.Fp32;

    /// <summary>Width of one attention head.</summary>
    public int HeadDim => HiddenSize / NumAttentionHeads;

    /// <summary>Throws when the dimensions are inconsistent.</summary>
    public void Validate()
    {
        Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
        if (HiddenSize % NumAttentionHeads != 0)
        {
            throw new ValidationException($"{nameof(HiddenSize)} ({HiddenSize}) must be a multiple of {nameof(NumAttentionHeads)} ({NumAttentionHeads}).");
        }

        if (Labels.Count == 0)
        {
            throw new ValidationException($"{nameof(Labels)} must name at least one class.");
        }
    }
}
