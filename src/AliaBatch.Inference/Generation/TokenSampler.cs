namespace AliaBatch.Inference.Generation;

/// <summary>Seeded sampling with HF's warpers in HF's order: temperature, top-k, top-p.</summary>
internal static class TokenSampler
{
    public static int Sample(Span<float> logits, GenerationOptions options, Random random)
    {
        for (var i = 0; i < logits.Length; i++)
        {
            logits[i] /= options.Temperature;
        }

        var order = Enumerable.Range(0, logits.Length).ToArray();
        var keys = logits.ToArray();
        Array.Sort(keys, order, Comparer<float>.Create((a, b) => b.CompareTo(a)));
        var keep = options.TopK > 0 ? Math.Min(options.TopK, order.Length) : order.Length;
        var probabilities = new double[keep];
        var sum = 0.0;
        for (var i = 0; i < keep; i++)
        {
            probabilities[i] = float.IsNegativeInfinity(keys[i]) ? 0 : Math.Exp(keys[i] - keys[0]);
            sum += probabilities[i];
        }

        if (options.TopP < 1f)
        {
            // Keep the smallest prefix whose mass reaches TopP (the most likely token always stays).
            var cumulative = 0.0;
            for (var i = 0; i < keep; i++)
            {
                cumulative += probabilities[i] / sum;
                if (cumulative >= options.TopP)
                {
                    keep = i + 1;
                    break;
                }
            }

            sum = probabilities.Take(keep).Sum();
        }

        var draw = random.NextDouble() * sum;
        for (var i = 0; i < keep; i++)
        {
            draw -= probabilities[i];
            if (draw < 0)
            {
                return order[i];
            }
        }

        return order[0];
    }
}
