namespace AliaBatch.Evaluation.Metrics;

/// <summary>
/// A corpus metric computed from additive per-segment sufficient statistics (BLEU, chrF): the
/// corpus score is a function of the summed statistics, which is what makes bootstrap resampling cheap.
/// </summary>
public interface ICorpusStatisticsMetric
{
    /// <summary>The length of every statistics vector this metric produces.</summary>
    int StatisticsLength { get; }

    /// <summary>The sufficient statistics of one segment against its references.</summary>
    /// <param name="hypothesis">The system output.</param>
    /// <param name="references">One or more references for the segment.</param>
    /// <returns>The statistics vector; vectors of one metric always have the same length.</returns>
    double[] SegmentStatistics(string hypothesis, IReadOnlyList<string> references);

    /// <summary>The score (0..100) of statistics already summed over a corpus or a resample.</summary>
    /// <param name="statistics">The summed statistics.</param>
    /// <returns>The score.</returns>
    double ScoreFromStatistics(ReadOnlySpan<double> statistics);

    /// <summary>The sacreBLEU-style signature for the given number of references.</summary>
    /// <param name="referenceCount">The number of reference sets.</param>
    /// <returns>The signature string.</returns>
    string Signature(int referenceCount);
}
