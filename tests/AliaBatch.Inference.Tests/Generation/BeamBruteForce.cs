using AliaBatch.Inference.Generation;

namespace AliaBatch.Inference.Tests.Generation;

/// <summary>
/// Scores every sequence over a few allowed ids by recomputing the full sequence (no cache, no padding):
/// <c>sum of log-softmax over the whole vocabulary / generated_length ^ penalty</c>.
/// </summary>
internal static class BeamBruteForce
{
    public static (int[] Tokens, double Score) Best(DecoderSession decoder, IReadOnlyList<int> prompt, int[] regular, int[] eos, int maxNewTokens, float lengthPenalty)
    {
        var best = (Tokens: Array.Empty<int>(), Score: double.NegativeInfinity);
        var frontier = new List<(int[] Tokens, double Sum)> { ([], 0) };
        for (var depth = 1; depth <= maxNewTokens && frontier.Count > 0; depth++)
        {
            var logProbs = NextLogProbs(decoder, prompt, [.. frontier.Select(f => f.Tokens)]);
            var next = new List<(int[] Tokens, double Sum)>();
            for (var row = 0; row < frontier.Count; row++)
            {
                foreach (var token in regular.Concat(eos))
                {
                    var sum = frontier[row].Sum + logProbs[row][token];
                    int[] tokens = [.. frontier[row].Tokens, token];
                    if (eos.Contains(token) || depth == maxNewTokens)
                    {
                        var score = sum / Math.Pow(depth, lengthPenalty);
                        if (score > best.Score)
                        {
                            best = (tokens, score);
                        }
                    }
                    else
                    {
                        next.Add((tokens, sum));
                    }
                }
            }

            frontier = next;
        }

        return best;
    }

    public static double Score(DecoderSession decoder, IReadOnlyList<int> prompt, IReadOnlyList<int> generated, float lengthPenalty)
    {
        var sum = 0.0;
        for (var i = 0; i < generated.Count; i++)
        {
            sum += NextLogProbs(decoder, prompt, [[.. generated.Take(i)]])[0][generated[i]];
        }

        return sum / Math.Pow(generated.Count, lengthPenalty);
    }

    private static double[][] NextLogProbs(DecoderSession decoder, IReadOnlyList<int> prompt, int[][] continuations)
    {
        var length = prompt.Count + continuations[0].Length;
        long[] ids = [.. continuations.SelectMany(c => prompt.Concat(c)).Select(t => (long)t)];
        long[] positions = [.. continuations.SelectMany(_ => Enumerable.Range(0, length)).Select(p => (long)p)];
        var mask = new long[ids.Length];
        Array.Fill(mask, 1L);
        using var past = KvCache.Empty(decoder.Info, continuations.Length);
        using var step = decoder.Forward(ids, length, mask, positions, past);
        return [.. Enumerable.Range(0, continuations.Length).Select(r => LogSoftmax(step.Row(r)))];
    }

    private static double[] LogSoftmax(ReadOnlySpan<float> logits)
    {
        var max = double.NegativeInfinity;
        foreach (var l in logits)
        {
            max = Math.Max(max, l);
        }

        var sum = 0.0;
        foreach (var l in logits)
        {
            sum += Math.Exp(l - max);
        }

        var result = new double[logits.Length];
        for (var i = 0; i < logits.Length; i++)
        {
            result[i] = logits[i] - max - Math.Log(sum);
        }

        return result;
    }
}
