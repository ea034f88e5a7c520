using System.Text.Json.Serialization;

namespace AliaBatch.Inference.Packs;

/// <summary>How a pack's ONNX graph is run.</summary>
public enum ModelPackFormat
{
    /// <summary>A causal decoder with past key/values (Optimum <c>text-generation-with-past</c>).</summary>
    [JsonStringEnumMemberName("onnx-decoder")]
    OnnxDecoder,

    /// <summary>An encoder with a sequence-classification head: <c>logits [batch, labels]</c>.</summary>
    [JsonStringEnumMemberName("onnx-encoder-classifier")]
    OnnxEncoderClassifier,

    /// <summary>An encoder whose <c>last_hidden_state</c> is pooled into sentence embeddings.</summary>
    [JsonStringEnumMemberName("onnx-encoder-embedding")]
    OnnxEncoderEmbedding,
}
