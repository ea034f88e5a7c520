namespace AliaBatch.Inference.Generation;

/// <summary>HF's logits processors, in HF's order: repetition penalty, no-repeat n-grams, suppressed tokens.</summary>
internal static class LogitsProcessors
{
    /// <summary>Whether <see cref="Apply"/> reads the sequence (callers skip building it otherwise).</summary>
    public static bool NeedsSequence(GenerationOptions options) => options.RepetitionPenalty != 1f || options.NoRepeatNgramSize > 0;

    public static void Apply(Span<float> scores, IReadOnlyList<int> sequence, GenerationOptions options)
    {
        if (options.RepetitionPenalty != 1f)
        {
            RepetitionPenalty(scores, sequence, options.RepetitionPenalty);
        }

        if (options.NoRepeatNgramSize > 0)
        {
            BanRepeatedNgrams(scores, sequence, options.NoRepeatNgramSize);
        }

        foreach (var id in options.SuppressTokenIds)
        {
            if ((uint)id < (uint)scores.Length)
            {
                scores[id] = float.NegativeInfinity;
            }
        }
    }

    /// <summary>Each id already in the sequence: negative scores multiplied by the penalty, positive ones divided.</summary>
    public static void RepetitionPenalty(Span<float> scores, IReadOnlyList<int> sequence, float penalty)
    {
        foreach (var id in sequence.Distinct())
        {
            if ((uint)id < (uint)scores.Length)
            {
                scores[id] = scores[id] < 0 ? scores[id] * penalty : scores[id] / penalty;
            }
        }
    }

    /// <summary>Bans every id that would complete an n-gram already present in the sequence.</summary>
    public static void BanRepeatedNgrams(Span<float> scores, IReadOnlyList<int> sequence, int size)
    {
        var count = sequence.Count;
        if (count + 1 < size)
        {
            return;
        }

        var prefixStart = count - size + 1;
        for (var start = 0; start + size <= count; start++)
        {
            var matches = true;
            for (var i = 0; i < size - 1 && matches; i++)
            {
                matches = sequence[start + i] == sequence[prefixStart + i];
            }

            if (matches && (uint)sequence[start + size - 1] < (uint)scores.Length)
            {
                scores[sequence[start + size - 1]] = float.NegativeInfinity;
            }
        }
    }

    /// <summary>Log-softmax in place.</summary>
    public static void LogSoftmax(Span<float> scores)
    {
        var max = float.NegativeInfinity;
        foreach (var s in scores)
        {
            max = Math.Max(max, s);
        }

        var sum = 0.0;
        foreach (var s in scores)
        {
            sum += Math.Exp(s - max);
        }

        var logSum = max + (float)Math.Log(sum);
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] -= logSum;
        }
    }

    /// <summary>The index of the largest score (the first on ties, as <c>torch.argmax</c>).</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best;
    }
}
