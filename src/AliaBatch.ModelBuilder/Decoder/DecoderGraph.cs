using AliaBatch.ModelBuilder.Graph;
using Onnx;

namespace AliaBatch.ModelBuilder.Decoder;

/// <summary>
/// Writes a Llama decoder graph in the Optimum <c>text-generation-with-past</c> layout: inputs <c>input_ids</c>,
/// <c>attention_mask</c>, <c>position_ids</c>, <c>past_key_values.{i}.key|value</c>; outputs <c>logits</c> and
/// <c>present.{i}.key|value</c>.
/// </summary>
internal static partial class DecoderGraph
{
    public const string Batch = "batch_size";
    public const string Sequence = "sequence_length";
    public const string Past = "past_sequence_length";
    public const string Total = "past_sequence_length + sequence_length";

    public static ModelProto Build(DecoderSpec spec, int seed, TensorStore store)
    {
        var g = new OnnxGraphBuilder("decoder", spec.Precision, seed, store);
        var ids = g.Input("input_ids", OnnxGraphBuilder.Int64, Batch, Sequence);
        var mask = g.Input("attention_mask", OnnxGraphBuilder.Int64, Batch, Total);
        var positions = spec.Layout == DecoderLayout.OptimumWithPast
            ? g.Input("position_ids", OnnxGraphBuilder.Int64, Batch, Sequence)
            : null;
        var past = new (string Key, string Value)[spec.NumHiddenLayers];
        for (var i = 0; i < spec.NumHiddenLayers; i++)
        {
            past[i] = (
                g.Input($"past_key_values.{i}.key", g.ComputeType, Batch, (long)spec.NumKeyValueHeads, Past, (long)spec.HeadDim),
                g.Input($"past_key_values.{i}.value", g.ComputeType, Batch, (long)spec.NumKeyValueHeads, Past, (long)spec.HeadDim));
        }

        g.Scope = "/model";
        var x = g.Embedding(ids, "model.embed_tokens.weight", spec.VocabSize, spec.HiddenSize);
        var allowed = AttentionMask(g, ids, mask);
        var rotary = Rotary(g, spec, positions ?? DerivedPositions(g, ids, mask));
        var presents = new List<(string Key, string Value)>();
        for (var i = 0; i < spec.NumHiddenLayers; i++)
        {
            g.Scope = $"/model/layers.{i}";
            var prefix = $"model.layers.{i}";
            var attended = Attention(g, spec, g.RmsNorm(x, $"{prefix}.input_layernorm", spec.HiddenSize, spec.RmsNormEps), prefix, past[i], allowed, rotary, out var present);
            presents.Add(present);
            x = g.Node("Add", [x, attended]);
            x = g.Node("Add", [x, Mlp(g, spec, g.RmsNorm(x, $"{prefix}.post_attention_layernorm", spec.HiddenSize, spec.RmsNormEps), prefix)]);
        }

        g.Scope = "/model/norm";
        var normed = g.RmsNorm(x, "model.norm", spec.HiddenSize, spec.RmsNormEps);
        g.Scope = "/lm_head";
        var logits = g.Linear(normed, "lm_head", spec.HiddenSize, spec.VocabSize, bias: false);
        g.Output("logits", logits, g.ComputeType, Batch, Sequence, (long)spec.VocabSize);
        for (var i = 0; i < presents.Count; i++)
        {
            g.Output($"present.{i}.key", presents[i].Key, g.ComputeType, Batch, (long)spec.NumKeyValueHeads, Total, (long)spec.HeadDim);
            g.Output($"present.{i}.value", presents[i].Value, g.ComputeType, Batch, (long)spec.NumKeyValueHeads, Total, (long)spec.HeadDim);
        }

        return g.ToModel("Tiny Llama-style decoder with seeded random weights (AliaBatch test model), Optimum text-generation-with-past layout.");
    }

    /// <summary>
    /// Causal mask combined with the padding mask, as bool [B, 1, 1, S, T]: query i (absolute position T - S + i)
    /// may attend key j when j ≤ T - S + i and <c>attention_mask[b, j]</c> is 1.
    /// </summary>
    private static string AttentionMask(OnnxGraphBuilder g, string ids, string mask)
    {
        g.Scope = "/model/attn_mask";
        var zero = g.Int64Constant([0], scalar: true);
        var one = g.Int64Constant([1], scalar: true);
        var total = g.Dimension(mask, 1);
        var keys = g.Node("Range", [zero, total, one]);
        var queries = g.Unsqueeze(g.Node("Range", [g.Node("Sub", [total, g.Dimension(ids, 1)]), total, one]), 1);
        var causal = g.Node("LessOrEqual", [keys, queries]);
        var padding = g.Unsqueeze(g.Node("Cast", [mask], OnnxAttributes.Int("to", OnnxGraphBuilder.Bool)), 1, 2);
        return g.Unsqueeze(g.Node("And", [causal, padding]), 1);
    }

    /// <summary>HF generate's convention: <c>cumsum(mask) - 1</c>, padded slots set to 1, last S columns.</summary>
    private static string DerivedPositions(OnnxGraphBuilder g, string ids, string mask)
    {
        g.Scope = "/model/position_ids";
        var one = g.Int64Constant([1], scalar: true);
        var counted = g.Node("Sub", [g.Node("CumSum", [mask, one]), one]);
        var padded = g.Node("Equal", [mask, g.Int64Constant([0], scalar: true)]);
        var all = g.Node("Where", [padded, one, counted]);
        var total = g.Unsqueeze(g.Dimension(mask, 1), 0);
        var start = g.Node("Sub", [total, g.Unsqueeze(g.Dimension(ids, 1), 0)]);
        return g.Node("Slice", [all, start, total, g.Int64Constant([1])]);
    }

    /// <summary>HF Llama rotary tables: cos/sin of <c>position_ids · inv_freq</c> duplicated over both halves, [B, 1, S, head_dim].</summary>
    private static (string Cos, string Sin) Rotary(OnnxGraphBuilder g, DecoderSpec spec, string positions)
    {
        g.Scope = "/model/rotary_emb";
        var half = spec.HeadDim / 2;
        var inverseFrequencies = new float[half];
        for (var i = 0; i < half; i++)
        {
            inverseFrequencies[i] = 1f / MathF.Pow(spec.RopeTheta, 2f * i / spec.HeadDim);
        }

        var angles = g.Node("Mul", [g.Unsqueeze(g.Node("Cast", [positions], OnnxAttributes.Int("to", OnnxGraphBuilder.Float)), -1), g.FloatConstant(inverseFrequencies)]);
        var emb = g.Node("Concat", [angles, angles], OnnxAttributes.Int("axis", -1));
        return (g.Unsqueeze(g.Cast(g.Node("Cos", [emb]), g.ComputeType), 1), g.Unsqueeze(g.Cast(g.Node("Sin", [emb]), g.ComputeType), 1));
    }

    private static string Mlp(OnnxGraphBuilder g, DecoderSpec spec, string x, string prefix)
    {
        g.Scope = $"/{prefix}/mlp";
        var gate = g.Silu(g.Linear(x, $"{prefix}.mlp.gate_proj", spec.HiddenSize, spec.IntermediateSize, bias: false));
        var up = g.Linear(x, $"{prefix}.mlp.up_proj", spec.HiddenSize, spec.IntermediateSize, bias: false);
        return g.Linear(g.Node("Mul", [gate, up]), $"{prefix}.mlp.down_proj", spec.IntermediateSize, spec.HiddenSize, bias: false);
    }
}
