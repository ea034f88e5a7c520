using System.Globalization;
using AliaBatch.Evaluation.Metrics.Text;

namespace AliaBatch.Evaluation.Metrics.Bleu;

/// <summary>
/// BLEU exactly as sacreBLEU 2.x computes it: per-segment statistics (closest reference length,
/// clipped n-gram matches against the per-n-gram maximum over references) summed over the corpus.
/// </summary>
public sealed partial class BleuMetric : ICorpusStatisticsMetric
{
    private readonly BleuOptions _options;

    /// <summary>Creates the metric.</summary>
    /// <param name="options">The settings; sacreBLEU's defaults when null.</param>
    public BleuMetric(BleuOptions? options = null)
    {
        _options = options ?? new BleuOptions();
        if (_options.MaxNgramOrder < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.MaxNgramOrder, "MaxNgramOrder must be at least 1.");
        }
    }

    /// <inheritdoc />
    public int StatisticsLength => 2 + (2 * _options.MaxNgramOrder);

    /// <summary>Corpus BLEU over aligned hypotheses and reference streams.</summary>
    /// <param name="hypotheses">The system outputs.</param>
    /// <param name="referenceSets">One or more reference streams aligned with the hypotheses.</param>
    /// <returns>The score.</returns>
    public BleuScore CorpusScore(IReadOnlyList<string> hypotheses, IReadOnlyList<IReadOnlyList<string>> referenceSets)
    {
        var statistics = CorpusInput.Statistics(this, hypotheses, referenceSets);
        return ComputeFromStatistics(CorpusInput.Sum(statistics, StatisticsLength));
    }

    /// <summary>Sentence BLEU of one hypothesis; enable <see cref="BleuOptions.EffectiveOrder"/> for it.</summary>
    /// <param name="hypothesis">The system output.</param>
    /// <param name="references">Its references.</param>
    /// <returns>The score.</returns>
    public BleuScore SentenceScore(string hypothesis, IReadOnlyList<string> references) =>
        ComputeFromStatistics(SegmentStatistics(hypothesis, references));

    /// <inheritdoc />
    public double ScoreFromStatistics(ReadOnlySpan<double> statistics) => ComputeFromStatistics(statistics).Score;

    /// <summary>The full BLEU score from summed statistics.</summary>
    /// <param name="statistics">[hyp_len, ref_len, matches per order…, totals per order…].</param>
    /// <returns>The score.</returns>
    public BleuScore ComputeFromStatistics(ReadOnlySpan<double> statistics)
    {
        var order = _options.MaxNgramOrder;
        if (statistics.Length != StatisticsLength)
        {
            throw new ArgumentException("Statistics vector has the wrong length.", nameof(statistics));
        }

        return Compute(
            statistics.Slice(2, order),
            statistics.Slice(2 + order, order),
            (long)statistics[0],
            (long)statistics[1],
            _options.Smoothing,
            _options.SmoothValue,
            _options.EffectiveOrder);
    }

    /// <inheritdoc />
    public string Signature(int referenceCount)
    {
        var inv = CultureInfo.InvariantCulture;
        var smooth = _options.Smoothing switch
        {
            BleuSmoothing.Exponential => "exp",
            BleuSmoothing.None => "none",
            BleuSmoothing.Floor => string.Create(inv, $"floor[{_options.SmoothValue ?? DefaultFloor:F2}]"),
            BleuSmoothing.AddK => string.Create(inv, $"add-k[{_options.SmoothValue ?? DefaultAddK:F2}]"),
            _ => throw new InvalidOperationException("Unknown smoothing method."),
        };
        return string.Create(
            inv,
            $"nrefs:{referenceCount}|case:{(_options.Lowercase ? "lc" : "mixed")}|eff:{(_options.EffectiveOrder ? "yes" : "no")}|tok:{BleuTokenizers.SignatureName(_options.Tokenizer)}|smooth:{smooth}|version:{SacreBleuVersion.Version}");
    }

    /// <summary>Lowercases (optionally), strips trailing whitespace and tokenizes a segment.</summary>
    /// <param name="segment">The raw segment.</param>
    /// <returns>The tokenized segment.</returns>
    public string Preprocess(string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (_options.Lowercase)
        {
            segment = PythonText.Lower(segment);
        }

        return BleuTokenizers.Tokenize(_options.Tokenizer, PythonText.RightStrip(segment));
    }

    /// <inheritdoc />
    public double[] SegmentStatistics(string hypothesis, IReadOnlyList<string> references)
    {
        ArgumentNullException.ThrowIfNull(hypothesis);
        ArgumentNullException.ThrowIfNull(references);
        if (references.Count == 0)
        {
            throw new EvaluationInputException("A segment needs at least one reference.");
        }

        var order = _options.MaxNgramOrder;
        Dictionary<string, int>? maxReferenceCounts = null;
        var referenceLengths = new int[references.Count];
        for (var r = 0; r < references.Count; r++)
        {
            var (counts, length) = NgramCounts(Preprocess(references[r]), order);
            referenceLengths[r] = length;
            if (maxReferenceCounts is null)
            {
                maxReferenceCounts = counts;
                continue;
            }

            foreach (var (ngram, count) in counts)
            {
                if (!maxReferenceCounts.TryGetValue(ngram, out var existing) || existing < count)
                {
                    maxReferenceCounts[ngram] = count;
                }
            }
        }

        var (hypothesisCounts, hypothesisLength) = NgramCounts(Preprocess(hypothesis), order);
        var statistics = new double[StatisticsLength];
        statistics[0] = hypothesisLength;
        statistics[1] = ClosestReferenceLength(hypothesisLength, referenceLengths);
        foreach (var (ngram, count) in hypothesisCounts)
        {
            var n = ngram.AsSpan().Count(' ');
            statistics[2 + order + n] += count;
            if (maxReferenceCounts!.TryGetValue(ngram, out var referenceCount))
            {
                statistics[2 + n] += Math.Min(count, referenceCount);
            }
        }

        return statistics;
    }

    /// <summary>The reference length closest to the hypothesis length; ties go to the shorter reference.</summary>
    /// <param name="hypothesisLength">The hypothesis length.</param>
    /// <param name="referenceLengths">The reference lengths.</param>
    /// <returns>The chosen reference length.</returns>
    public static int ClosestReferenceLength(int hypothesisLength, IReadOnlyList<int> referenceLengths)
    {
        ArgumentNullException.ThrowIfNull(referenceLengths);
        var closestDiff = -1;
        var closestLength = -1;
        foreach (var length in referenceLengths)
        {
            var diff = Math.Abs(hypothesisLength - length);
            if (closestDiff == -1 || diff < closestDiff)
            {
                closestDiff = diff;
                closestLength = length;
            }
            else if (diff == closestDiff && length < closestLength)
            {
                closestLength = length;
            }
        }

        return closestLength;
    }

    private static (Dictionary<string, int> Counts, int Length) NgramCounts(string tokenized, int maxOrder)
    {
        var tokens = PythonText.Split(tokenized).ToArray();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 1; n <= maxOrder; n++)
        {
            for (var i = 0; i + n <= tokens.Length; i++)
            {
                var key = n == 1 ? tokens[i] : string.Join(' ', tokens, i, n);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return (counts, tokens.Length);
    }
}
