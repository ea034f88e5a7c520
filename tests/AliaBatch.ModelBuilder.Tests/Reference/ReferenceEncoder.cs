using AliaBatch.ModelBuilder.Encoder;

namespace AliaBatch.ModelBuilder.Tests.Reference;

/// <summary>An independent plain-C# forward pass of the generated BERT-style encoder, one sequence at a time.</summary>
internal sealed class ReferenceEncoder(EncoderSpec spec, ModelWeights w)
{
    /// <summary>Returns the last hidden state [S, H] of one sequence.</summary>
    public float[] Hidden(long[] ids, long[] mask, long[]? types)
    {
        int s = ids.Length, h = spec.HiddenSize;
        var x = new float[s * h];
        for (var t = 0; t < s; t++)
        {
            for (var i = 0; i < h; i++)
            {
                var v = w["bert.embeddings.word_embeddings.weight"][(ids[t] * h) + i]
                    + w["bert.embeddings.position_embeddings.weight"][(t * h) + i];
                if (types is not null)
                {
                    v += w["bert.embeddings.token_type_embeddings.weight"][(types[t] * h) + i];
                }

                x[(t * h) + i] = v;
            }
        }

        x = Norm(x, s, "bert.embeddings.LayerNorm");
        for (var layer = 0; layer < spec.NumHiddenLayers; layer++)
        {
            var p = $"bert.encoder.layer.{layer}";
            var attended = Dense(Attention(x, s, mask, p), s, h, $"{p}.attention.output.dense", h);
            x = Norm(Tensor.Add(attended, x), s, $"{p}.attention.output.LayerNorm");
            var inner = Tensor.Map(Dense(x, s, h, $"{p}.intermediate.dense", spec.IntermediateSize), v => 0.5 * v * (1 + Tensor.Erf(v / Math.Sqrt(2))));
            x = Norm(Tensor.Add(Dense(inner, s, spec.IntermediateSize, $"{p}.output.dense", h), x), s, $"{p}.output.LayerNorm");
        }

        return x;
    }

    /// <summary>Returns the classification logits of one sequence.</summary>
    public float[] Logits(long[] ids, long[] mask, long[]? types)
    {
        var h = spec.HiddenSize;
        var first = Hidden(ids, mask, types)[..h];
        var pooled = Tensor.Map(Dense(first, 1, h, "bert.pooler.dense", h), Math.Tanh);
        return Dense(pooled, 1, h, "classifier", spec.Labels.Count);
    }

    private float[] Attention(float[] x, int s, long[] mask, string p)
    {
        int h = spec.HiddenSize, heads = spec.NumAttentionHeads, d = spec.HeadDim;
        var q = Dense(x, s, h, $"{p}.attention.self.query", h);
        var k = Dense(x, s, h, $"{p}.attention.self.key", h);
        var v = Dense(x, s, h, $"{p}.attention.self.value", h);
        var allowed = mask.Select(m => m != 0).ToArray();
        var context = new float[s * h];
        for (var head = 0; head < heads; head++)
        {
            for (var i = 0; i < s; i++)
            {
                var scores = new double[s];
                for (var j = 0; j < s; j++)
                {
                    double dot = 0;
                    for (var c = 0; c < d; c++)
                    {
                        dot += q[(i * h) + (head * d) + c] * k[(j * h) + (head * d) + c];
                    }

                    scores[j] = dot / Math.Sqrt(d);
                }

                var probabilities = Tensor.MaskedSoftmax(scores, allowed);
                for (var c = 0; c < d; c++)
                {
                    double sum = 0;
                    for (var j = 0; j < s; j++)
                    {
                        sum += probabilities[j] * v[(j * h) + (head * d) + c];
                    }

                    context[(i * h) + (head * d) + c] = (float)sum;
                }
            }
        }

        return context;
    }

    private float[] Dense(float[] x, int rows, int inFeatures, string name, int outFeatures) =>
        Tensor.Linear(x, rows, inFeatures, w[$"{name}.weight"], outFeatures, w[$"{name}.bias"]);

    private float[] Norm(float[] x, int rows, string name) =>
        Tensor.LayerNorm(x, rows, spec.HiddenSize, w[$"{name}.weight"], w[$"{name}.bias"], spec.LayerNormEpsilon);
}
