using AliaBatch.ModelBuilder.Decoder;

namespace AliaBatch.ModelBuilder.Tests.Reference;

/// <summary>An independent plain-C# forward pass of the generated Llama decoder for one sequence, without a cache.</summary>
internal sealed class ReferenceDecoder(DecoderSpec spec, ModelWeights w)
{
    /// <summary>Returns the logits [S, V] of one sequence.</summary>
    public float[] Logits(long[] ids, long[] mask, long[] positions)
    {
        int s = ids.Length, h = spec.HiddenSize;
        var x = new float[s * h];
        for (var t = 0; t < s; t++)
        {
            Array.Copy(w["model.embed_tokens.weight"], ids[t] * h, x, t * h, h);
        }

        for (var layer = 0; layer < spec.NumHiddenLayers; layer++)
        {
            var p = $"model.layers.{layer}";
            var normed = Tensor.RmsNorm(x, s, h, w[$"{p}.input_layernorm.weight"], spec.RmsNormEps);
            x = Tensor.Add(x, Attention(normed, s, mask, positions, p));
            normed = Tensor.RmsNorm(x, s, h, w[$"{p}.post_attention_layernorm.weight"], spec.RmsNormEps);
            var gate = Tensor.Map(Dense(normed, s, h, $"{p}.mlp.gate_proj", spec.IntermediateSize), v => v / (1 + Math.Exp(-v)));
            var up = Dense(normed, s, h, $"{p}.mlp.up_proj", spec.IntermediateSize);
            x = Tensor.Add(x, Dense(gate.Select((g, i) => g * up[i]).ToArray(), s, spec.IntermediateSize, $"{p}.mlp.down_proj", h));
        }

        return Dense(Tensor.RmsNorm(x, s, h, w["model.norm.weight"], spec.RmsNormEps), s, h, "lm_head", spec.VocabSize);
    }

    private float[] Attention(float[] x, int s, long[] mask, long[] positions, string p)
    {
        int h = spec.HiddenSize, heads = spec.NumAttentionHeads, kv = spec.NumKeyValueHeads, d = spec.HeadDim;
        var q = Rope(Dense(x, s, h, $"{p}.self_attn.q_proj", heads * d), s, heads, positions);
        var k = Rope(Dense(x, s, h, $"{p}.self_attn.k_proj", kv * d), s, kv, positions);
        var v = Dense(x, s, h, $"{p}.self_attn.v_proj", kv * d);
        var context = new float[s * heads * d];
        for (var head = 0; head < heads; head++)
        {
            var kvHead = head / spec.GroupSize;
            for (var i = 0; i < s; i++)
            {
                var scores = new double[s];
                var allowed = new bool[s];
                for (var j = 0; j < s; j++)
                {
                    allowed[j] = j <= i && mask[j] != 0;
                    double dot = 0;
                    for (var c = 0; c < d; c++)
                    {
                        dot += q[(((i * heads) + head) * d) + c] * k[(((j * kv) + kvHead) * d) + c];
                    }

                    scores[j] = dot / Math.Sqrt(d);
                }

                var probabilities = Tensor.MaskedSoftmax(scores, allowed);
                for (var c = 0; c < d; c++)
                {
                    double sum = 0;
                    for (var j = 0; j < s; j++)
                    {
                        sum += probabilities[j] * v[(((j * kv) + kvHead) * d) + c];
                    }

                    context[(((i * heads) + head) * d) + c] = (float)sum;
                }
            }
        }

        return Dense(context, s, heads * d, $"{p}.self_attn.o_proj", h);
    }

    /// <summary>HF Llama rotary embedding on [S, n, d] with rotate_half(x) = cat(-x2, x1).</summary>
    private float[] Rope(float[] x, int s, int n, long[] positions)
    {
        var d = spec.HeadDim;
        var half = d / 2;
        var y = new float[x.Length];
        for (var t = 0; t < s; t++)
        {
            for (var head = 0; head < n; head++)
            {
                var o = ((t * n) + head) * d;
                for (var i = 0; i < half; i++)
                {
                    var angle = positions[t] / Math.Pow(spec.RopeTheta, 2.0 * i / d);
                    double cos = Math.Cos(angle), sin = Math.Sin(angle);
                    y[o + i] = (float)((x[o + i] * cos) - (x[o + i + half] * sin));
                    y[o + i + half] = (float)((x[o + i + half] * cos) + (x[o + i] * sin));
                }
            }
        }

        return y;
    }

    private float[] Dense(float[] x, int rows, int inFeatures, string name, int outFeatures) =>
        Tensor.Linear(x, rows, inFeatures, w[$"{name}.weight"], outFeatures);
}
