using System.Globalization;

namespace AliaBatch.Evaluation.Metrics;

/// <summary>Validation and per-segment access for a hypothesis stream and its reference streams.</summary>
public static class CorpusInput
{
    /// <summary>
    /// Checks that there is at least one reference set and that every set has one line per hypothesis.
    /// </summary>
    /// <param name="hypotheses">The system outputs.</param>
    /// <param name="referenceSets">The reference streams, each aligned with the hypotheses.</param>
    /// <param name="hypothesisName">How to name the hypothesis stream in errors (e.g. its file).</param>
    /// <param name="referenceNames">How to name each reference stream in errors, or null.</param>
    /// <exception cref="EvaluationInputException">The streams do not line up.</exception>
    public static void Validate(
        IReadOnlyList<string> hypotheses,
        IReadOnlyList<IReadOnlyList<string>> referenceSets,
        string hypothesisName = "hypotheses",
        IReadOnlyList<string>? referenceNames = null)
    {
        ArgumentNullException.ThrowIfNull(hypotheses);
        ArgumentNullException.ThrowIfNull(referenceSets);
        if (referenceSets.Count == 0)
        {
            throw new EvaluationInputException("At least one reference set is required.");
        }

        for (var r = 0; r < referenceSets.Count; r++)
        {
            var count = referenceSets[r]?.Count ?? 0;
            if (count != hypotheses.Count)
            {
                var name = referenceNames is not null && r < referenceNames.Count
                    ? referenceNames[r]
                    : string.Create(CultureInfo.InvariantCulture, $"reference set {r + 1}");
                throw new EvaluationInputException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Line count mismatch: {hypothesisName} has {hypotheses.Count} lines but {name} has {count} lines."));
            }
        }
    }

    /// <summary>The references of segment <paramref name="index"/>, one per reference set.</summary>
    /// <param name="referenceSets">The reference streams.</param>
    /// <param name="index">The segment index.</param>
    /// <returns>The segment's references.</returns>
    public static string[] ReferencesAt(IReadOnlyList<IReadOnlyList<string>> referenceSets, int index)
    {
        ArgumentNullException.ThrowIfNull(referenceSets);
        var references = new string[referenceSets.Count];
        for (var r = 0; r < references.Length; r++)
        {
            references[r] = referenceSets[r][index];
        }

        return references;
    }

    /// <summary>Per-segment statistics of a whole corpus for a statistics-based metric.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="hypotheses">The system outputs.</param>
    /// <param name="referenceSets">The reference streams.</param>
    /// <returns>One statistics vector per segment.</returns>
    public static double[][] Statistics(
        ICorpusStatisticsMetric metric,
        IReadOnlyList<string> hypotheses,
        IReadOnlyList<IReadOnlyList<string>> referenceSets)
    {
        ArgumentNullException.ThrowIfNull(metric);
        Validate(hypotheses, referenceSets);
        var statistics = new double[hypotheses.Count][];
        for (var i = 0; i < statistics.Length; i++)
        {
            statistics[i] = metric.SegmentStatistics(hypotheses[i], ReferencesAt(referenceSets, i));
        }

        return statistics;
    }

    /// <summary>Element-wise sum of statistics vectors.</summary>
    /// <param name="statistics">The vectors; all the same length.</param>
    /// <param name="length">The vector length (used when there are no vectors).</param>
    /// <returns>The sum.</returns>
    public static double[] Sum(IReadOnlyList<double[]> statistics, int length)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var sum = new double[length];
        foreach (var vector in statistics)
        {
            for (var k = 0; k < length; k++)
            {
                sum[k] += vector[k];
            }
        }

        return sum;
    }
}
