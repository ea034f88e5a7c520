using AliaBatch.Inference.Sessions;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace AliaBatch.Inference.Packs;

/// <summary>What the ONNX session metadata says about a graph: its format, output element type and label count.</summary>
internal sealed record GraphInspection(ModelPackFormat Format, string? Dtype, int? LabelCount)
{
    public static GraphInspection Inspect(string modelPath)
    {
        using var factory = MetadataSessions.Create();
        OnnxModelSession session;
        try
        {
            session = factory.GetSession(modelPath);
        }
        catch (InvalidDataException exception)
        {
            throw new ModelPackException($"ONNX file '{modelPath}' is corrupt or not an ONNX model: {exception.Message}", modelPath, exception);
        }

        var outputs = session.OutputMetadata;
        if (session.InputNames.Any(n => n.StartsWith("past_key_values.", StringComparison.Ordinal)) && outputs.TryGetValue("logits", out var decoderLogits))
        {
            return new GraphInspection(ModelPackFormat.OnnxDecoder, ElementType(decoderLogits.ElementDataType), null);
        }

        if (outputs.TryGetValue("logits", out var logits) && logits.Dimensions.Length == 2)
        {
            var width = logits.Dimensions[1];
            return new GraphInspection(ModelPackFormat.OnnxEncoderClassifier, ElementType(logits.ElementDataType), width > 0 ? width : null);
        }

        if (outputs.TryGetValue("last_hidden_state", out var hidden))
        {
            return new GraphInspection(ModelPackFormat.OnnxEncoderEmbedding, ElementType(hidden.ElementDataType), null);
        }

        throw new ModelPackException(
            $"ONNX file '{modelPath}' has no layout a pack supports (decoder with past_key_values.* inputs, classifier with logits [batch, labels], " +
            $"or encoder with last_hidden_state): inputs [{string.Join(", ", session.InputNames)}], outputs [{string.Join(", ", session.OutputNames)}].",
            modelPath);
    }

    private static string? ElementType(TensorElementType type) => type switch
    {
        TensorElementType.Float => "float32",
        TensorElementType.Float16 => "float16",
        TensorElementType.BFloat16 => "bfloat16",
        _ => null,
    };
}
