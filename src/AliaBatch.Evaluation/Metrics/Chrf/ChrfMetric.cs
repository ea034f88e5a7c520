using System.Globalization;
using AliaBatch.Evaluation.Metrics.Text;

namespace AliaBatch.Evaluation.Metrics.Chrf;

/// <summary>
/// chrF / chrF++ exactly as sacreBLEU 2.x computes them: per segment, the reference with the best
/// F-score is kept; corpus statistics are summed and the F-score is computed once from the sums.
/// </summary>
public sealed partial class ChrfMetric : ICorpusStatisticsMetric
{
    private const double Epsilon = 1e-16;
    private readonly ChrfOptions _options;

    /// <summary>Creates the metric.</summary>
    /// <param name="options">The settings; sacreBLEU's chrF defaults when null.</param>
    public ChrfMetric(ChrfOptions? options = null)
    {
        _options = options ?? new ChrfOptions();
    }

    private int Order => _options.CharOrder + _options.WordOrder;

    /// <inheritdoc />
    public int StatisticsLength => 3 * Order;

    /// <summary>Corpus chrF over aligned hypotheses and reference streams.</summary>
    /// <param name="hypotheses">The system outputs.</param>
    /// <param name="referenceSets">One or more reference streams aligned with the hypotheses.</param>
    /// <returns>The score.</returns>
    public ChrfScore CorpusScore(IReadOnlyList<string> hypotheses, IReadOnlyList<IReadOnlyList<string>> referenceSets)
    {
        var statistics = CorpusInput.Statistics(this, hypotheses, referenceSets);
        return ToScore(ScoreFromStatistics(CorpusInput.Sum(statistics, StatisticsLength)));
    }

    /// <summary>Sentence chrF of one hypothesis against its references.</summary>
    /// <param name="hypothesis">The system output.</param>
    /// <param name="references">Its references.</param>
    /// <returns>The score.</returns>
    public ChrfScore SentenceScore(string hypothesis, IReadOnlyList<string> references) =>
        ToScore(ScoreFromStatistics(SegmentStatistics(hypothesis, references)));

    /// <summary>Wraps a raw value with this metric's orders and β.</summary>
    /// <param name="score">The 0..100 score.</param>
    /// <returns>The score record.</returns>
    public ChrfScore ToScore(double score) => new(score, _options.CharOrder, _options.WordOrder, _options.Beta);

    /// <inheritdoc />
    public string Signature(int referenceCount) => string.Create(
        CultureInfo.InvariantCulture,
        $"nrefs:{referenceCount}|case:{(_options.Lowercase ? "lc" : "mixed")}|eff:{(_options.EpsilonSmoothing ? "no" : "yes")}|nc:{_options.CharOrder}|nw:{_options.WordOrder}|space:{(_options.Whitespace ? "yes" : "no")}|version:{SacreBleuVersion.Version}");

    /// <inheritdoc />
    public double[] SegmentStatistics(string hypothesis, IReadOnlyList<string> references)
    {
        ArgumentNullException.ThrowIfNull(hypothesis);
        ArgumentNullException.ThrowIfNull(references);
        if (references.Count == 0)
        {
            throw new EvaluationInputException("A segment needs at least one reference.");
        }

        var hypothesisNgrams = ExtractNgrams(Preprocess(hypothesis));
        double[] best = [];
        var bestScore = -1.0;
        foreach (var reference in references)
        {
            var referenceNgrams = ExtractNgrams(Preprocess(reference));
            var statistics = new double[StatisticsLength];
            for (var i = 0; i < Order; i++)
            {
                MatchStatistics(hypothesisNgrams[i], referenceNgrams[i], statistics.AsSpan(3 * i, 3));
            }

            var score = ScoreFromStatistics(statistics);
            if (score > bestScore)
            {
                bestScore = score;
                best = statistics;
            }
        }

        return best;
    }

    /// <inheritdoc />
    public double ScoreFromStatistics(ReadOnlySpan<double> statistics)
    {
        if (statistics.Length != StatisticsLength)
        {
            throw new ArgumentException("Statistics vector has the wrong length.", nameof(statistics));
        }

        double factor = _options.Beta * _options.Beta;
        var epsilonScore = 0.0;
        var averagePrecision = 0.0;
        var averageRecall = 0.0;
        var effectiveOrder = 0;
        for (var i = 0; i < Order; i++)
        {
            var hypothesisCount = statistics[3 * i];
            var referenceCount = statistics[(3 * i) + 1];
            var matchCount = statistics[(3 * i) + 2];
            var precision = hypothesisCount > 0 ? matchCount / hypothesisCount : Epsilon;
            var recall = referenceCount > 0 ? matchCount / referenceCount : Epsilon;
            var denominator = (factor * precision) + recall;
            epsilonScore += denominator > 0 ? (1 + factor) * precision * recall / denominator : Epsilon;
            if (hypothesisCount > 0 && referenceCount > 0)
            {
                averagePrecision += precision;
                averageRecall += recall;
                effectiveOrder++;
            }
        }

        if (_options.EpsilonSmoothing)
        {
            return 100 * epsilonScore / Order;
        }

        if (effectiveOrder == 0)
        {
            return 0.0;
        }

        averagePrecision /= effectiveOrder;
        averageRecall /= effectiveOrder;
        if (averagePrecision + averageRecall == 0)
        {
            return 0.0;
        }

        var fScore = (1 + factor) * averagePrecision * averageRecall / ((factor * averagePrecision) + averageRecall);
        return 100 * fScore;
    }

    private string Preprocess(string segment) => _options.Lowercase ? PythonText.Lower(segment) : segment;

    private static void MatchStatistics(Dictionary<string, int> hypothesis, Dictionary<string, int> reference, Span<double> output)
    {
        long hypothesisCount = 0;
        long matchCount = 0;
        foreach (var (ngram, count) in hypothesis)
        {
            hypothesisCount += count;
            if (reference.TryGetValue(ngram, out var referenceCount))
            {
                matchCount += Math.Min(count, referenceCount);
            }
        }

        long referenceTotal = 0;
        foreach (var count in reference.Values)
        {
            referenceTotal += count;
        }

        // sacreBLEU does not count hypothesis n-grams of an order the reference lacks.
        output[0] = reference.Count > 0 ? hypothesisCount : 0;
        output[1] = referenceTotal;
        output[2] = matchCount;
    }
}
