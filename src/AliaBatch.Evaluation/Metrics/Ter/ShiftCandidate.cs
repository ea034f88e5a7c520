namespace AliaBatch.Evaluation.Metrics.Ter;

/// <summary>A candidate block shift, ordered as sacreBLEU ranks them (its tuple comparison).</summary>
/// <param name="Gain">Edit distance saved by the shift.</param>
/// <param name="Length">Words moved.</param>
/// <param name="NegativeStart">Minus the hypothesis start (earlier is better).</param>
/// <param name="NegativeTarget">Minus the target index (earlier is better).</param>
/// <param name="Words">The shifted hypothesis; compared last, lexicographically.</param>
internal sealed record ShiftCandidate(long Gain, int Length, int NegativeStart, int NegativeTarget, string[] Words)
    : IComparable<ShiftCandidate>
{
    public int CompareTo(ShiftCandidate? other)
    {
        if (other is null)
        {
            return 1;
        }

        var order = Gain.CompareTo(other.Gain);
        order = order != 0 ? order : Length.CompareTo(other.Length);
        order = order != 0 ? order : NegativeStart.CompareTo(other.NegativeStart);
        order = order != 0 ? order : NegativeTarget.CompareTo(other.NegativeTarget);
        if (order != 0)
        {
            return order;
        }

        for (var i = 0; i < Math.Min(Words.Length, other.Words.Length); i++)
        {
            var word = string.CompareOrdinal(Words[i], other.Words[i]);
            if (word != 0)
            {
                return word;
            }
        }

        return Words.Length.CompareTo(other.Words.Length);
    }
}
