using System.Globalization;

namespace AliaBatch.Evaluation.Metrics.Rouge;

/// <summary>
/// ROUGE-N, ROUGE-L and ROUGE-Lsum exactly as Google's rouge-score computes them, plus the corpus
/// figure users report: the plain mean of per-pair precision, recall and F1 (no bootstrap aggregation).
/// </summary>
public sealed partial class RougeScorer
{
    private readonly RougeOptions _options;

    /// <summary>Creates the scorer.</summary>
    /// <param name="options">The settings; rouge-score's defaults when null.</param>
    /// <exception cref="ArgumentException">A ROUGE type is not valid.</exception>
    public RougeScorer(RougeOptions? options = null)
    {
        _options = options ?? new RougeOptions();
        foreach (var type in _options.Types)
        {
            if (type is not ("rougeL" or "rougeLsum") && NgramOrder(type) is null)
            {
                throw new ArgumentException($"Invalid rouge type: {type}", nameof(options));
            }
        }
    }

    /// <summary>The signature describing the settings, e.g. <c>rouge-score:0.1.2|tok:default|stem:no</c>.</summary>
    public string Signature => string.Create(
        CultureInfo.InvariantCulture,
        $"impl:rouge-score-{SacreBleuVersion.RougeScoreVersion}|tok:{(_options.Tokenization == RougeTokenization.Default ? "default" : "unicode")}|stem:{(_options.UseStemmer ? "porter" : "no")}");

    /// <summary>Scores one prediction against one target (rouge-score's <c>score(target, prediction)</c>).</summary>
    /// <param name="target">The reference text.</param>
    /// <param name="prediction">The system text.</param>
    /// <returns>One score per configured type.</returns>
    public IReadOnlyDictionary<string, RougeScore> Score(string target, string prediction)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(prediction);
        if (!string.IsNullOrEmpty(_options.SentenceSeparator))
        {
            target = target.Replace(_options.SentenceSeparator, "\n", StringComparison.Ordinal);
            prediction = prediction.Replace(_options.SentenceSeparator, "\n", StringComparison.Ordinal);
        }

        var targetTokens = Tokenize(target);
        var predictionTokens = Tokenize(prediction);
        var result = new Dictionary<string, RougeScore>(StringComparer.Ordinal);
        foreach (var type in _options.Types)
        {
            result[type] = type switch
            {
                "rougeL" => ScoreLcs(targetTokens, predictionTokens),
                "rougeLsum" => SummaryLevelLcs(SentenceTokens(target), SentenceTokens(prediction)),
                _ => ScoreNgrams(targetTokens, predictionTokens, NgramOrder(type)!.Value),
            };
        }

        return result;
    }

    /// <summary>
    /// Scores one prediction against several targets, keeping per type the target with the best F1
    /// (rouge-score's <c>score_multi</c>; the first wins ties).
    /// </summary>
    /// <param name="targets">The reference texts.</param>
    /// <param name="prediction">The system text.</param>
    /// <returns>One score per configured type.</returns>
    public IReadOnlyDictionary<string, RougeScore> ScoreMulti(IReadOnlyList<string> targets, string prediction)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.Count == 0)
        {
            throw new EvaluationInputException("ROUGE needs at least one target per prediction.");
        }

        var all = targets.Select(t => Score(t, prediction)).ToList();
        var best = new Dictionary<string, RougeScore>(StringComparer.Ordinal);
        foreach (var type in _options.Types)
        {
            var winner = all[0][type];
            for (var i = 1; i < all.Count; i++)
            {
                if (all[i][type].FMeasure > winner.FMeasure)
                {
                    winner = all[i][type];
                }
            }

            best[type] = winner;
        }

        return best;
    }

    /// <summary>The mean of per-pair precision, recall and F1 over a corpus, per type.</summary>
    /// <param name="predictions">The system texts.</param>
    /// <param name="referenceSets">One or more reference streams aligned with the predictions.</param>
    /// <returns>One averaged score per configured type (zeros for an empty corpus).</returns>
    public IReadOnlyDictionary<string, RougeScore> CorpusScore(
        IReadOnlyList<string> predictions,
        IReadOnlyList<IReadOnlyList<string>> referenceSets)
    {
        CorpusInput.Validate(predictions, referenceSets, "predictions");
        var sums = _options.Types.ToDictionary(t => t, _ => new double[3], StringComparer.Ordinal);
        for (var i = 0; i < predictions.Count; i++)
        {
            foreach (var (type, score) in ScoreMulti(CorpusInput.ReferencesAt(referenceSets, i), predictions[i]))
            {
                sums[type][0] += score.Precision;
                sums[type][1] += score.Recall;
                sums[type][2] += score.FMeasure;
            }
        }

        var count = Math.Max(predictions.Count, 1);
        return sums.ToDictionary(
            pair => pair.Key,
            pair => new RougeScore(pair.Value[0] / count, pair.Value[1] / count, pair.Value[2] / count),
            StringComparer.Ordinal);
    }

    private List<string> Tokenize(string text) => RougeTokenizer.Tokenize(text, _options.Tokenization, _options.UseStemmer);

    // rougeLsum: sentences are the non-empty newline-separated lines.
    private List<List<string>> SentenceTokens(string text) =>
        text.Split('\n').Where(line => line.Length > 0).Select(Tokenize).ToList();

    private static int? NgramOrder(string type) =>
        type.Length == 6 && type.StartsWith("rouge", StringComparison.Ordinal) && char.IsAsciiDigit(type[5]) && type[5] != '0'
            ? type[5] - '0'
            : null;
}
