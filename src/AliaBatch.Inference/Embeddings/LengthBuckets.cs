namespace AliaBatch.Inference.Embeddings;

/// <summary>
/// Groups sequences of similar length into forward passes under a token budget (rows × padded length), so short
/// texts are not padded to the longest one in the whole input.
/// </summary>
public static class LengthBuckets
{
    /// <summary>Plans forward passes.</summary>
    /// <param name="lengths">The token count of each sequence, in input order.</param>
    /// <param name="tokenBudget">The most padded tokens per pass; a longer single sequence gets a pass of its own.</param>
    /// <param name="maxBatchSize">The most rows per pass.</param>
    /// <returns>Per pass, the input indices it holds, shortest first; every index appears exactly once.</returns>
    public static IReadOnlyList<int[]> Pack(IReadOnlyList<int> lengths, int tokenBudget, int maxBatchSize)
    {
        ArgumentNullException.ThrowIfNull(lengths);
        ArgumentOutOfRangeException.ThrowIfLessThan(tokenBudget, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchSize, 1);
        var order = Enumerable.Range(0, lengths.Count).OrderBy(i => lengths[i]).ToArray();
        var batches = new List<int[]>();
        var current = new List<int>();
        var longest = 0;
        foreach (var index in order)
        {
            var padded = Math.Max(longest, lengths[index]);
            if (current.Count > 0 && (current.Count == maxBatchSize || (long)(current.Count + 1) * padded > tokenBudget))
            {
                batches.Add([.. current]);
                current.Clear();
                padded = lengths[index];
            }

            current.Add(index);
            longest = padded;
        }

        if (current.Count > 0)
        {
            batches.Add([.. current]);
        }

        return batches;
    }
}
