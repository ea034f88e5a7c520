namespace AliaBatch.Benchmarks.Measurement;

/// <summary>Summaries of repeated timings.</summary>
internal static class Statistics
{
    /// <summary>The median (mean of the two middle values for an even count).</summary>
    public static double Median(IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfZero(values.Count);
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Useful tokens over computed tokens when each batch is padded to its longest row.</summary>
    public static double PaddingEfficiency(IReadOnlyList<int> lengths, IEnumerable<IReadOnlyList<int>> batches)
    {
        ArgumentNullException.ThrowIfNull(lengths);
        ArgumentNullException.ThrowIfNull(batches);
        long useful = 0;
        long computed = 0;
        foreach (var batch in batches)
        {
            var longest = batch.Max(i => lengths[i]);
            computed += (long)longest * batch.Count;
            useful += batch.Sum(i => lengths[i]);
        }

        return computed == 0 ? 1 : (double)useful / computed;
    }

    /// <summary>Consecutive index ranges of at most <paramref name="batchSize"/>, in arrival order.</summary>
    public static IEnumerable<IReadOnlyList<int>> ArrivalBatches(int count, int batchSize)
    {
        for (var start = 0; start < count; start += batchSize)
        {
            yield return Enumerable.Range(start, Math.Min(batchSize, count - start)).ToArray();
        }
    }
}
