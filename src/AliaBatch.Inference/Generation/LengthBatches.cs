namespace AliaBatch.Inference.Generation;

/// <summary>Groups prompts of similar length so that padding stays small and each batch fits a token budget.</summary>
public static class LengthBatches
{
    /// <summary>
    /// Sorts prompt indices by length and cuts them into batches where <c>rows × longest ≤ tokenBudget</c> and
    /// <c>rows ≤ maxBatchSize</c>; a prompt longer than the budget runs alone.
    /// </summary>
    /// <param name="lengths">Token count of each prompt.</param>
    /// <param name="tokenBudget">The most padded prompt tokens per batch.</param>
    /// <param name="maxBatchSize">The most prompts per batch.</param>
    /// <returns>Batches of prompt indices, shortest prompts first.</returns>
    public static IReadOnlyList<int[]> Plan(IReadOnlyList<int> lengths, int tokenBudget, int maxBatchSize)
    {
        ArgumentNullException.ThrowIfNull(lengths);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tokenBudget);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBatchSize);
        var order = Enumerable.Range(0, lengths.Count).OrderBy(i => lengths[i]).ThenBy(i => i);
        var batches = new List<int[]>();
        var current = new List<int>();
        foreach (var index in order)
        {
            // Sorted ascending, so the newcomer is the longest of the batch it joins.
            if (current.Count > 0 && ((current.Count + 1L) * lengths[index] > tokenBudget || current.Count == maxBatchSize))
            {
                batches.Add([.. current]);
                current.Clear();
            }

            current.Add(index);
        }

        if (current.Count > 0)
        {
            batches.Add([.. current]);
        }

        return batches;
    }
}
