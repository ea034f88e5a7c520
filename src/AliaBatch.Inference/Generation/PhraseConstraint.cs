namespace AliaBatch.Inference.Generation;

/// <summary>
/// Token phrases one sequence's output must contain (lexically constrained decoding, as HF's
/// <c>PhrasalConstraint</c>): a phrase the output has begun is continued; while a phrase is missing, EOS is banned
/// and, when the model would end the sequence or only enough budget for the missing phrases is left, the next
/// missing phrase is forced. Stateless: the state is read from the generated ids, so beams follow it for free.
/// </summary>
public sealed class PhraseConstraint
{
    /// <summary>Creates a constraint.</summary>
    /// <param name="phrases">Token ids of each required phrase (non-empty, without special tokens).</param>
    public PhraseConstraint(IReadOnlyList<IReadOnlyList<int>> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        if (phrases.Any(p => p is null || p.Count == 0))
        {
            throw new ArgumentException("Every required phrase needs at least one token.", nameof(phrases));
        }

        Phrases = phrases;
    }

    /// <summary>The required phrases.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Phrases { get; }

    /// <summary>Whether every phrase occurs in <paramref name="generated"/>.</summary>
    public bool IsSatisfiedBy(IReadOnlyList<int> generated)
    {
        ArgumentNullException.ThrowIfNull(generated);
        return Phrases.All(p => Contains(generated, p));
    }

    /// <summary>Masks <paramref name="scores"/> (logits or log-probabilities of the next token) for a sequence with <paramref name="generated"/> ids and <paramref name="budget"/> new tokens in all.</summary>
    internal void Apply(Span<float> scores, IReadOnlyList<int> generated, int budget, StoppingCriteria stopping)
    {
        var pending = Phrases.Where(p => !Contains(generated, p)).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        var (begun, forced) = LongestBegun(pending, generated);
        var needed = pending.Sum(p => p.Count) - begun;
        if (forced is null && (budget - generated.Count <= needed || stopping.IsEos(LogitsProcessors.ArgMax(scores))))
        {
            forced = pending[0][0];
        }

        if (forced is int token && (uint)token < (uint)scores.Length)
        {
            var kept = float.IsNegativeInfinity(scores[token]) ? 0f : scores[token];
            scores.Fill(float.NegativeInfinity);
            scores[token] = kept;
            return;
        }

        for (var id = 0; id < scores.Length; id++)
        {
            if (stopping.IsEos(id))
            {
                scores[id] = float.NegativeInfinity;
            }
        }
    }

    /// <summary>The longest proper prefix of a pending phrase that ends the output, and the phrase's next token.</summary>
    private static (int Length, int? Next) LongestBegun(List<IReadOnlyList<int>> pending, IReadOnlyList<int> generated)
    {
        var best = (Length: 0, Next: (int?)null);
        foreach (var phrase in pending)
        {
            for (var length = Math.Min(phrase.Count - 1, generated.Count); length > best.Length; length--)
            {
                if (EndsWith(generated, phrase, length))
                {
                    best = (length, phrase[length]);
                    break;
                }
            }
        }

        return best;
    }

    private static bool EndsWith(IReadOnlyList<int> generated, IReadOnlyList<int> phrase, int length)
    {
        var start = generated.Count - length;
        for (var i = 0; i < length; i++)
        {
            if (generated[start + i] != phrase[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(IReadOnlyList<int> generated, IReadOnlyList<int> phrase)
    {
        for (var end = phrase.Count; end <= generated.Count; end++)
        {
            var matches = true;
            for (var i = 0; i < phrase.Count && matches; i++)
            {
                matches = generated[end - phrase.Count + i] == phrase[i];
            }

            if (matches)
            {
                return true;
            }
        }

        return false;
    }
}
