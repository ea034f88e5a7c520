using AliaBatch.ModelBuilder.Decoder;

namespace AliaBatch.ModelBuilder.Tests.Decoder;

/// <summary>Feeds a generated decoder the Optimum inputs, keeping present → past between calls.</summary>
internal sealed class DecoderSession(DecoderSpec spec, OrtRunner runner)
{
    private Dictionary<string, (float[] Data, long[] Shape)>? _cache;

    /// <summary>Runs one step for a batch of equally long rows; returns logits [B, S, V].</summary>
    public (float[] Data, long[] Shape) Step(long[][] ids, long[][] mask, long[][] positions)
    {
        long batch = ids.Length, length = ids[0].Length;
        var inputs = new Dictionary<string, (Array Data, long[] Shape)>
        {
            ["input_ids"] = (ids.SelectMany(r => r).ToArray(), [batch, length]),
            ["attention_mask"] = (mask.SelectMany(r => r).ToArray(), [batch, mask[0].Length]),
        };
        if (spec.Layout == DecoderLayout.OptimumWithPast)
        {
            inputs["position_ids"] = (positions.SelectMany(r => r).ToArray(), [batch, length]);
        }

        for (var i = 0; i < spec.NumHiddenLayers; i++)
        {
            foreach (var kind in new[] { "key", "value" })
            {
                var (data, shape) = _cache is null
                    ? (Array.Empty<float>(), [batch, spec.NumKeyValueHeads, 0, spec.HeadDim])
                    : _cache[$"present.{i}.{kind}"];
                inputs[$"past_key_values.{i}.{kind}"] = spec.Precision == ModelPrecision.Fp16
                    ? (data.Select(f => (Half)f).ToArray(), shape)
                    : (data, shape);
            }
        }

        var outputs = runner.Run(inputs);
        _cache = outputs;
        return outputs["logits"];
    }
}
