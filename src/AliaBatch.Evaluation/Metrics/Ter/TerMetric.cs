using System.Globalization;
using AliaBatch.Evaluation.Metrics.Text;

namespace AliaBatch.Evaluation.Metrics.Ter;

/// <summary>
/// TER as sacreBLEU 2.x computes it: per segment the fewest edits over the references and the average
/// reference length; corpus TER is 100 × summed edits / summed average reference lengths.
/// </summary>
public sealed class TerMetric : ICorpusStatisticsMetric
{
    private readonly TerOptions _options;

    /// <summary>Creates the metric.</summary>
    /// <param name="options">The settings; sacreBLEU's defaults when null.</param>
    public TerMetric(TerOptions? options = null)
    {
        _options = options ?? new TerOptions();
    }

    /// <inheritdoc />
    public int StatisticsLength => 2;

    /// <summary>Corpus TER over aligned hypotheses and reference streams.</summary>
    /// <param name="hypotheses">The system outputs.</param>
    /// <param name="referenceSets">One or more reference streams aligned with the hypotheses.</param>
    /// <returns>The score.</returns>
    public TerScore CorpusScore(IReadOnlyList<string> hypotheses, IReadOnlyList<IReadOnlyList<string>> referenceSets)
    {
        var statistics = CorpusInput.Statistics(this, hypotheses, referenceSets);
        return ComputeFromStatistics(CorpusInput.Sum(statistics, StatisticsLength));
    }

    /// <summary>TER of one hypothesis against its references.</summary>
    /// <param name="hypothesis">The system output.</param>
    /// <param name="references">Its references.</param>
    /// <returns>The score.</returns>
    public TerScore SentenceScore(string hypothesis, IReadOnlyList<string> references) =>
        ComputeFromStatistics(SegmentStatistics(hypothesis, references));

    /// <summary>The full score from summed [edits, average reference length] statistics.</summary>
    /// <param name="statistics">The statistics.</param>
    /// <returns>The score.</returns>
    public static TerScore ComputeFromStatistics(ReadOnlySpan<double> statistics)
    {
        var (edits, length) = (statistics[0], statistics[1]);
        var score = length > 0 ? edits / length : edits > 0 ? 1.0 : 0.0;
        return new TerScore(100 * score, edits, length);
    }

    /// <inheritdoc />
    public double ScoreFromStatistics(ReadOnlySpan<double> statistics) => ComputeFromStatistics(statistics).Score;

    /// <inheritdoc />
    public double[] SegmentStatistics(string hypothesis, IReadOnlyList<string> references)
    {
        ArgumentNullException.ThrowIfNull(hypothesis);
        ArgumentNullException.ThrowIfNull(references);
        if (references.Count == 0)
        {
            throw new EvaluationInputException("A segment needs at least one reference.");
        }

        var hypothesisWords = Words(hypothesis);
        var best = long.MaxValue;
        var lengths = 0L;
        foreach (var reference in references)
        {
            var (edits, length) = TranslationEditRate.Compute(hypothesisWords, Words(reference));
            lengths += length;
            best = Math.Min(best, edits);
        }

        return [best, (double)lengths / references.Count];
    }

    /// <inheritdoc />
    public string Signature(int referenceCount) => string.Create(
        CultureInfo.InvariantCulture,
        $"nrefs:{referenceCount}|case:{(_options.CaseSensitive ? "mixed" : "lc")}|tok:tercom|norm:{(_options.Normalized ? "yes" : "no")}|punct:{(_options.NoPunctuation ? "no" : "yes")}|asian:no|version:{SacreBleuVersion.Version}");

    private List<string> Words(string segment) => PythonText.Split(TerTokenizer.Tokenize(PythonText.RightStrip(segment), _options));
}
