using AliaBatch.ModelBuilder.Graph;

namespace AliaBatch.ModelBuilder.Decoder;

/// <summary>Grouped-query self-attention with rotary embeddings and a key/value cache.</summary>
internal static partial class DecoderGraph
{
    private static string Attention(
        OnnxGraphBuilder g,
        DecoderSpec spec,
        string x,
        string prefix,
        (string Key, string Value) past,
        string allowed,
        (string Cos, string Sin) rotary,
        out (string Key, string Value) present)
    {
        g.Scope = $"/{prefix}/self_attn";
        long heads = spec.NumAttentionHeads, kvHeads = spec.NumKeyValueHeads, headDim = spec.HeadDim;
        var q = Heads(g, g.Linear(x, $"{prefix}.self_attn.q_proj", spec.HiddenSize, heads * headDim, bias: false), heads, headDim);
        var k = Heads(g, g.Linear(x, $"{prefix}.self_attn.k_proj", spec.HiddenSize, kvHeads * headDim, bias: false), kvHeads, headDim);
        var v = Heads(g, g.Linear(x, $"{prefix}.self_attn.v_proj", spec.HiddenSize, kvHeads * headDim, bias: false), kvHeads, headDim);
        q = Rope(g, q, rotary, headDim);
        k = Rope(g, k, rotary, headDim);
        present = (
            g.Node("Concat", [past.Key, k], OnnxAttributes.Int("axis", 2)),
            g.Node("Concat", [past.Value, v], OnnxAttributes.Int("axis", 2)));

        // GQA without materialising repeated K/V: query head h = kv * group + r meets kv head h / group, as HF repeat_kv does.
        var grouped = g.Reshape(q, 0, kvHeads, spec.GroupSize, -1, headDim);
        var keys = g.Unsqueeze(g.Transpose(present.Key, 0, 1, 3, 2), 2);
        var values = g.Unsqueeze(present.Value, 2);
        var scores = g.Node("Mul", [g.Node("MatMul", [grouped, keys]), g.ScalarConstant(1f / MathF.Sqrt(headDim), g.ComputeType)]);
        var probabilities = g.Cast(g.Softmax(g.MaskScores(g.Cast(scores, OnnxGraphBuilder.Float), allowed)), g.ComputeType);
        var context = g.Reshape(g.Node("MatMul", [probabilities, values]), 0, heads, -1, headDim);
        var merged = g.Reshape(g.Transpose(context, 0, 2, 1, 3), 0, 0, heads * headDim);
        return g.Linear(merged, $"{prefix}.self_attn.o_proj", heads * headDim, spec.HiddenSize, bias: false);
    }

    /// <summary>[B, S, n·d] → [B, n, S, d].</summary>
    private static string Heads(OnnxGraphBuilder g, string x, long count, long headDim) =>
        g.Transpose(g.Reshape(x, 0, 0, count, headDim), 0, 2, 1, 3);

    /// <summary><c>x·cos + rotate_half(x)·sin</c> with HF's <c>rotate_half(x) = cat(-x2, x1)</c>.</summary>
    private static string Rope(OnnxGraphBuilder g, string x, (string Cos, string Sin) rotary, long headDim)
    {
        var halves = g.Nodes("Split", [x, g.Int64Constant([headDim / 2, headDim / 2])], 2, OnnxAttributes.Int("axis", -1));
        var rotated = g.Node("Concat", [g.Node("Neg", [halves[1]]), halves[0]], OnnxAttributes.Int("axis", -1));
        return g.Node("Add", [g.Node("Mul", [x, rotary.Cos]), g.Node("Mul", [rotated, rotary.Sin])]);
    }
}
