using AliaBatch.ModelBuilder.Graph;
using Onnx;

namespace AliaBatch.ModelBuilder.Encoder;

/// <summary>Writes the ONNX graph of a BERT-style encoder with the Optimum input and output names.</summary>
internal static class EncoderGraph
{
    public static ModelProto Build(EncoderSpec spec, int seed, TensorStore store)
    {
        var g = new OnnxGraphBuilder("encoder", spec.Precision, seed, store);
        var ids = g.Input("input_ids", OnnxGraphBuilder.Int64, "batch_size", "sequence_length");
        var mask = g.Input("attention_mask", OnnxGraphBuilder.Int64, "batch_size", "sequence_length");
        var types = spec.UseTokenTypeIds ? g.Input("token_type_ids", OnnxGraphBuilder.Int64, "batch_size", "sequence_length") : null;

        g.Scope = "/embeddings";
        var hidden = (long)spec.HiddenSize;
        var x = g.Embedding(ids, "bert.embeddings.word_embeddings.weight", spec.VocabSize, hidden);
        var zero = g.Int64Constant([0], scalar: true);
        var one = g.Int64Constant([1], scalar: true);
        var positions = g.Node("Range", [zero, g.Dimension(ids, 1), one]);
        x = g.Node("Add", [x, g.Embedding(positions, "bert.embeddings.position_embeddings.weight", spec.MaxPositionEmbeddings, hidden)]);
        if (types is not null)
        {
            x = g.Node("Add", [x, g.Embedding(types, "bert.embeddings.token_type_embeddings.weight", 2, hidden)]);
        }

        x = g.LayerNorm(x, "bert.embeddings.LayerNorm", hidden, spec.LayerNormEpsilon);
        var allowed = g.Unsqueeze(g.Node("Cast", [mask], OnnxAttributes.Int("to", OnnxGraphBuilder.Bool)), 1, 2);

        for (var layer = 0; layer < spec.NumHiddenLayers; layer++)
        {
            x = Layer(g, spec, x, allowed, $"bert.encoder.layer.{layer}");
        }

        g.Scope = "/head";
        if (spec.Head == EncoderHead.FeatureExtraction)
        {
            g.Output("last_hidden_state", x, g.ComputeType, "batch_size", "sequence_length", hidden);
        }
        else
        {
            var first = g.Node("Gather", [x, zero], OnnxAttributes.Int("axis", 1));
            var pooled = g.Node("Tanh", [g.Linear(first, "bert.pooler.dense", hidden, hidden, bias: true)]);
            var logits = g.Linear(pooled, "classifier", hidden, spec.Labels.Count, bias: true);
            g.Output("logits", logits, g.ComputeType, "batch_size", (long)spec.Labels.Count);
        }

        return g.ToModel("Tiny BERT-style encoder with seeded random weights (AliaBatch test model).");
    }

    private static string Layer(OnnxGraphBuilder g, EncoderSpec spec, string x, string allowed, string prefix)
    {
        g.Scope = $"/{prefix}/attention";
        long hidden = spec.HiddenSize, heads = spec.NumAttentionHeads, headDim = spec.HeadDim;
        var q = g.Transpose(g.Reshape(g.Linear(x, $"{prefix}.attention.self.query", hidden, hidden, bias: true), 0, 0, heads, headDim), 0, 2, 1, 3);
        var k = g.Transpose(g.Reshape(g.Linear(x, $"{prefix}.attention.self.key", hidden, hidden, bias: true), 0, 0, heads, headDim), 0, 2, 3, 1);
        var v = g.Transpose(g.Reshape(g.Linear(x, $"{prefix}.attention.self.value", hidden, hidden, bias: true), 0, 0, heads, headDim), 0, 2, 1, 3);
        var scores = g.Node("Mul", [g.Node("MatMul", [q, k]), g.ScalarConstant(1f / MathF.Sqrt(headDim), g.ComputeType)]);
        var probabilities = g.Cast(g.Softmax(g.MaskScores(g.Cast(scores, OnnxGraphBuilder.Float), allowed)), g.ComputeType);
        var context = g.Reshape(g.Transpose(g.Node("MatMul", [probabilities, v]), 0, 2, 1, 3), 0, 0, hidden);
        var attended = g.Linear(context, $"{prefix}.attention.output.dense", hidden, hidden, bias: true);
        x = g.LayerNorm(g.Node("Add", [attended, x]), $"{prefix}.attention.output.LayerNorm", hidden, spec.LayerNormEpsilon);

        g.Scope = $"/{prefix}/ffn";
        var inner = g.Gelu(g.Linear(x, $"{prefix}.intermediate.dense", hidden, spec.IntermediateSize, bias: true));
        var output = g.Linear(inner, $"{prefix}.output.dense", spec.IntermediateSize, hidden, bias: true);
        return g.LayerNorm(g.Node("Add", [output, x]), $"{prefix}.output.LayerNorm", hidden, spec.LayerNormEpsilon);
    }
}
