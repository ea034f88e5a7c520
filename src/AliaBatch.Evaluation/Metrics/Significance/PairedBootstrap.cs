using System.Globalization;

namespace AliaBatch.Evaluation.Metrics.Significance;

/// <summary>
/// Paired bootstrap resampling as sacreBLEU's <c>--paired-bs</c> runs it: the same resampled segment
/// indices (NumPy <c>default_rng(seed).choice</c>, reproduced bit for bit) for both systems, corpus
/// scores recomputed from summed statistics, and the p-value of the mean-centred absolute differences.
/// </summary>
public static class PairedBootstrap
{
    /// <summary>sacreBLEU's default number of resamples for <c>--paired-bs</c>.</summary>
    public const int DefaultResamples = 1000;

    /// <summary>sacreBLEU's default seed (<c>SACREBLEU_SEED</c>).</summary>
    public const ulong DefaultSeed = 12345;

    /// <summary>Compares a system with a baseline on the same references.</summary>
    /// <param name="metric">A statistics-based metric (BLEU or chrF).</param>
    /// <param name="baseline">The baseline's outputs.</param>
    /// <param name="system">The system's outputs.</param>
    /// <param name="referenceSets">The reference streams.</param>
    /// <param name="resamples">The number of resamples.</param>
    /// <param name="seed">The RNG seed.</param>
    /// <returns>The scores, the p-value and both bootstrap estimates.</returns>
    public static PairedBootstrapResult Compare(
        ICorpusStatisticsMetric metric,
        IReadOnlyList<string> baseline,
        IReadOnlyList<string> system,
        IReadOnlyList<IReadOnlyList<string>> referenceSets,
        int resamples = DefaultResamples,
        ulong seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(system);
        if (baseline.Count != system.Count)
        {
            throw new EvaluationInputException(string.Create(
                CultureInfo.InvariantCulture,
                $"Line count mismatch: the baseline has {baseline.Count} lines but the system has {system.Count} lines."));
        }

        return Compare(
            metric,
            CorpusInput.Statistics(metric, baseline, referenceSets),
            CorpusInput.Statistics(metric, system, referenceSets),
            resamples,
            seed);
    }

    /// <summary>Compares two systems from their per-segment statistics.</summary>
    /// <param name="metric">The metric that produced the statistics.</param>
    /// <param name="baselineStatistics">The baseline's per-segment statistics.</param>
    /// <param name="systemStatistics">The system's per-segment statistics, aligned with the baseline's.</param>
    /// <param name="resamples">The number of resamples.</param>
    /// <param name="seed">The RNG seed.</param>
    /// <returns>The scores, the p-value and both bootstrap estimates.</returns>
    public static PairedBootstrapResult Compare(
        ICorpusStatisticsMetric metric,
        IReadOnlyList<double[]> baselineStatistics,
        IReadOnlyList<double[]> systemStatistics,
        int resamples,
        ulong seed)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(baselineStatistics);
        ArgumentNullException.ThrowIfNull(systemStatistics);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        var segments = baselineStatistics.Count;
        if (segments == 0 || systemStatistics.Count != segments)
        {
            throw new EvaluationInputException("Paired bootstrap needs two non-empty, aligned outputs.");
        }

        var length = metric.StatisticsLength;
        var baselineScore = metric.ScoreFromStatistics(CorpusInput.Sum(baselineStatistics, length));
        var systemScore = metric.ScoreFromStatistics(CorpusInput.Sum(systemStatistics, length));
        var baselineScores = new double[resamples];
        var systemScores = new double[resamples];
        var random = new Pcg64(seed);
        var baselineSum = new double[length];
        var systemSum = new double[length];
        for (var r = 0; r < resamples; r++)
        {
            Array.Clear(baselineSum);
            Array.Clear(systemSum);
            for (var i = 0; i < segments; i++)
            {
                var index = (int)random.NextBounded(segments);
                Accumulate(baselineSum, baselineStatistics[index]);
                Accumulate(systemSum, systemStatistics[index]);
            }

            baselineScores[r] = metric.ScoreFromStatistics(baselineSum);
            systemScores[r] = metric.ScoreFromStatistics(systemSum);
        }

        var pValue = PValue(baselineScores, systemScores, Math.Abs(baselineScore - systemScore));
        return new PairedBootstrapResult(
            baselineScore,
            systemScore,
            pValue,
            Estimate(baselineScores),
            Estimate(systemScores),
            resamples,
            seed);
    }

    /// <summary>
    /// sacreBLEU's p-value: the resampled absolute differences are centred on their mean (the null
    /// hypothesis), and p = (1 + #(centred difference &gt; observed difference)) / (1 + resamples).
    /// </summary>
    /// <param name="baselineScores">The baseline's resampled scores.</param>
    /// <param name="systemScores">The system's resampled scores, same resamples.</param>
    /// <param name="observedDifference">The absolute difference of the real corpus scores.</param>
    /// <returns>The p-value.</returns>
    public static double PValue(IReadOnlyList<double> baselineScores, IReadOnlyList<double> systemScores, double observedDifference)
    {
        ArgumentNullException.ThrowIfNull(baselineScores);
        ArgumentNullException.ThrowIfNull(systemScores);
        var differences = new double[baselineScores.Count];
        for (var i = 0; i < differences.Length; i++)
        {
            differences[i] = Math.Abs(systemScores[i] - baselineScores[i]);
        }

        var mean = differences.Average();
        var exceeding = differences.Count(d => d - mean > observedDifference);
        return (exceeding + 1.0) / (differences.Length + 1.0);
    }

    /// <summary>sacreBLEU's <c>estimate_ci</c>: the mean and half the 95% interval of sorted resampled scores.</summary>
    /// <param name="scores">The resampled scores.</param>
    /// <returns>The estimate.</returns>
    public static BootstrapEstimate Estimate(IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var sorted = scores.Order().ToArray();
        var lower = sorted.Length / 40;
        var upper = sorted.Length - lower - 1;
        return new BootstrapEstimate(sorted.Average(), 0.5 * (sorted[upper] - sorted[lower]));
    }

    /// <summary>Adds sacreBLEU's bootstrap fields (<c>bs</c>, <c>seed</c>) to a metric signature.</summary>
    /// <param name="signature">The metric signature, starting with <c>nrefs:</c>.</param>
    /// <param name="resamples">The number of resamples.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The signature with the bootstrap fields after <c>nrefs</c>.</returns>
    public static string Signature(string signature, int resamples, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var fields = signature.Split('|').ToList();
        var insertAt = fields.FindIndex(f => f.StartsWith("nrefs:", StringComparison.Ordinal)) + 1;
        fields.InsertRange(insertAt, [string.Create(CultureInfo.InvariantCulture, $"bs:{resamples}"), string.Create(CultureInfo.InvariantCulture, $"seed:{seed}")]);
        return string.Join('|', fields);
    }

    private static void Accumulate(double[] sum, double[] statistics)
    {
        for (var k = 0; k < sum.Length; k++)
        {
            sum[k] += statistics[k];
        }
    }
}
