namespace AliaBatch.Evaluation.Metrics.Ter;

/// <summary>
/// The edit count of one hypothesis against one reference with Tercom-style block shifts, following
/// sacreBLEU's <c>lib_ter.translation_edit_rate</c>: greedy shifts while they reduce the edit
/// distance, ranked by gain, then length, then earliest start and earliest target.
/// </summary>
public static class TranslationEditRate
{
    private const int MaxShiftSize = 10;
    private const int MaxShiftDistance = 50;
    private const int MaxShiftCandidates = 1000;

    /// <summary>Edits (shifts plus edit distance) and the reference length.</summary>
    /// <param name="hypothesis">Hypothesis words.</param>
    /// <param name="reference">Reference words.</param>
    /// <returns>The number of edits and the reference length.</returns>
    public static (long Edits, int ReferenceLength) Compute(IReadOnlyList<string> hypothesis, IReadOnlyList<string> reference)
    {
        ArgumentNullException.ThrowIfNull(hypothesis);
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Count == 0)
        {
            return (hypothesis.Count, 0);
        }

        var distance = new BeamEditDistance(reference);
        var shifts = 0;
        var input = hypothesis.ToArray();
        var checkedCandidates = 0;
        while (true)
        {
            var (delta, shifted) = BestShift(input, reference, distance, ref checkedCandidates);
            if (checkedCandidates >= MaxShiftCandidates || delta <= 0)
            {
                break;
            }

            shifts++;
            input = shifted;
        }

        return (shifts + distance.Compute(input).Distance, reference.Count);
    }

    private static (long Delta, string[] Shifted) BestShift(
        string[] hypothesis,
        IReadOnlyList<string> reference,
        BeamEditDistance distance,
        ref int checkedCandidates)
    {
        var (before, inverseTrace) = distance.Compute(hypothesis);
        var (align, referenceErrors, hypothesisErrors) = Alignment(Flip(inverseTrace), reference.Count);
        ShiftCandidate? best = null;
        foreach (var (startH, startR, length) in ShiftedPairs(hypothesis, reference))
        {
            if (Sum(hypothesisErrors, startH, length) == 0 || Sum(referenceErrors, startR, length) == 0)
            {
                continue;
            }

            if (startH <= align[startR] && align[startR] < startH + length)
            {
                continue;
            }

            var previousIndex = -1;
            for (var offset = -1; offset < length; offset++)
            {
                var index = startR + offset == -1 ? 0 : align[startR + offset] + 1;
                if (index == previousIndex)
                {
                    continue;
                }

                previousIndex = index;
                var shifted = Shift(hypothesis, startH, length, index);
                var candidate = new ShiftCandidate(before - distance.Compute(shifted).Distance, length, -startH, -index, shifted);
                checkedCandidates++;
                if (best is null || candidate.CompareTo(best) > 0)
                {
                    best = candidate;
                }
            }

            if (checkedCandidates >= MaxShiftCandidates)
            {
                break;
            }
        }

        return best is null ? (0, hypothesis) : (best.Gain, best.Words);
    }

    private static IEnumerable<(int StartH, int StartR, int Length)> ShiftedPairs(string[] hypothesis, IReadOnlyList<string> reference)
    {
        for (var startH = 0; startH < hypothesis.Length; startH++)
        {
            for (var startR = 0; startR < reference.Count; startR++)
            {
                if (Math.Abs(startR - startH) > MaxShiftDistance)
                {
                    continue;
                }

                var length = 0;
                while (length < MaxShiftSize
                    && string.Equals(hypothesis[startH + length], reference[startR + length], StringComparison.Ordinal))
                {
                    length++;
                    yield return (startH, startR, length);
                    if (startH + length == hypothesis.Length || startR + length == reference.Count)
                    {
                        break;
                    }
                }
            }
        }
    }

    private static string[] Shift(string[] words, int start, int length, int target)
    {
        IEnumerable<string> result;
        if (target < start)
        {
            result = words[..target].Concat(words[start..(start + length)]).Concat(words[target..start]).Concat(words[(start + length)..]);
        }
        else if (target > start + length)
        {
            result = words[..start].Concat(words[(start + length)..target]).Concat(words[start..(start + length)]).Concat(words[target..]);
        }
        else
        {
            result = words[..start].Concat(words[(start + length)..(length + target)]).Concat(words[start..(start + length)]).Concat(words[(length + target)..]);
        }

        return result.ToArray();
    }

    private static string Flip(string trace) => string.Create(trace.Length, trace, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] switch
            {
                BeamEditDistance.Insert => BeamEditDistance.Delete,
                BeamEditDistance.Delete => BeamEditDistance.Insert,
                var other => other,
            };
        }
    });

    // Reads the flipped trace (reference rewritten into hypothesis): reference position -> hypothesis position.
    private static (int[] Align, List<int> ReferenceErrors, List<int> HypothesisErrors) Alignment(string trace, int referenceLength)
    {
        var align = new int[referenceLength];
        var referenceErrors = new List<int>();
        var hypothesisErrors = new List<int>();
        var (h, r) = (-1, -1);
        foreach (var step in trace)
        {
            switch (step)
            {
                case BeamEditDistance.Keep or BeamEditDistance.Substitute:
                    var error = step == BeamEditDistance.Keep ? 0 : 1;
                    h++;
                    r++;
                    align[r] = h;
                    hypothesisErrors.Add(error);
                    referenceErrors.Add(error);
                    break;
                case BeamEditDistance.Insert:
                    h++;
                    hypothesisErrors.Add(1);
                    break;
                default:
                    r++;
                    align[r] = h;
                    referenceErrors.Add(1);
                    break;
            }
        }

        return (align, referenceErrors, hypothesisErrors);
    }

    private static int Sum(List<int> values, int start, int length)
    {
        var sum = 0;
        for (var i = start; i < Math.Min(values.Count, start + length); i++)
        {
            sum += values[i];
        }

        return sum;
    }
}
