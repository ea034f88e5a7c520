namespace AliaBatch.Evaluation.Metrics.Rouge;

public sealed partial class RougeScorer
{
    /// <summary>ROUGE-N from clipped n-gram overlap.</summary>
    /// <param name="target">Target tokens.</param>
    /// <param name="prediction">Prediction tokens.</param>
    /// <param name="n">The n-gram order.</param>
    /// <returns>The score.</returns>
    public static RougeScore ScoreNgrams(IReadOnlyList<string> target, IReadOnlyList<string> prediction, int n)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(prediction);
        var targetNgrams = Ngrams(target, n);
        var predictionNgrams = Ngrams(prediction, n);
        var intersection = 0;
        foreach (var (ngram, count) in targetNgrams)
        {
            intersection += Math.Min(count, predictionNgrams.GetValueOrDefault(ngram));
        }

        var targetCount = targetNgrams.Values.Sum();
        var predictionCount = predictionNgrams.Values.Sum();
        return RougeScore.FromPrecisionRecall(
            (double)intersection / Math.Max(predictionCount, 1),
            (double)intersection / Math.Max(targetCount, 1));
    }

    /// <summary>ROUGE-L from the longest common subsequence.</summary>
    /// <param name="target">Target tokens.</param>
    /// <param name="prediction">Prediction tokens.</param>
    /// <returns>The score.</returns>
    public static RougeScore ScoreLcs(IReadOnlyList<string> target, IReadOnlyList<string> prediction)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(prediction);
        if (target.Count == 0 || prediction.Count == 0)
        {
            return RougeScore.Zero;
        }

        var length = LcsTable(target, prediction)[target.Count, prediction.Count];
        return RougeScore.FromPrecisionRecall((double)length / prediction.Count, (double)length / target.Count);
    }

    /// <summary>
    /// Summary-level ROUGE-L (ROUGE-Lsum): per reference sentence, the union of its LCS with every
    /// candidate sentence, with token counts that prevent double counting, as ROUGE-1.5.5 does.
    /// </summary>
    /// <param name="referenceSentences">Tokenized reference sentences.</param>
    /// <param name="candidateSentences">Tokenized candidate sentences.</param>
    /// <returns>The score.</returns>
    public static RougeScore SummaryLevelLcs(
        IReadOnlyList<IReadOnlyList<string>> referenceSentences,
        IReadOnlyList<IReadOnlyList<string>> candidateSentences)
    {
        ArgumentNullException.ThrowIfNull(referenceSentences);
        ArgumentNullException.ThrowIfNull(candidateSentences);
        var m = referenceSentences.Sum(s => s.Count);
        var n = candidateSentences.Sum(s => s.Count);
        if (m == 0 || n == 0)
        {
            return RougeScore.Zero;
        }

        var referenceCounts = TokenCounts(referenceSentences);
        var candidateCounts = TokenCounts(candidateSentences);
        var hits = 0;
        foreach (var reference in referenceSentences)
        {
            foreach (var token in UnionLcs(reference, candidateSentences))
            {
                if (candidateCounts.GetValueOrDefault(token) > 0 && referenceCounts.GetValueOrDefault(token) > 0)
                {
                    hits++;
                    candidateCounts[token]--;
                    referenceCounts[token]--;
                }
            }
        }

        return RougeScore.FromPrecisionRecall((double)hits / n, (double)hits / m);
    }

    /// <summary>The tokens of <paramref name="reference"/> in the union of its LCS with each candidate.</summary>
    /// <param name="reference">A reference sentence.</param>
    /// <param name="candidates">The candidate sentences.</param>
    /// <returns>The union LCS tokens in reference order.</returns>
    public static List<string> UnionLcs(IReadOnlyList<string> reference, IReadOnlyList<IReadOnlyList<string>> candidates)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(candidates);
        var indices = new SortedSet<int>();
        foreach (var candidate in candidates)
        {
            indices.UnionWith(LcsIndices(reference, candidate));
        }

        return indices.Select(i => reference[i]).ToList();
    }

    /// <summary>Indices into <paramref name="reference"/> of one LCS, read back as rouge-score does.</summary>
    /// <param name="reference">Reference tokens.</param>
    /// <param name="candidate">Candidate tokens.</param>
    /// <returns>The indices in increasing order.</returns>
    public static List<int> LcsIndices(IReadOnlyList<string> reference, IReadOnlyList<string> candidate)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(candidate);
        var table = LcsTable(reference, candidate);
        var indices = new List<int>();
        var i = reference.Count;
        var j = candidate.Count;
        while (i > 0 && j > 0)
        {
            if (string.Equals(reference[i - 1], candidate[j - 1], StringComparison.Ordinal))
            {
                indices.Add(i - 1);
                i--;
                j--;
            }
            else if (table[i, j - 1] > table[i - 1, j])
            {
                j--;
            }
            else
            {
                i--;
            }
        }

        indices.Reverse();
        return indices;
    }

    private static int[,] LcsTable(IReadOnlyList<string> reference, IReadOnlyList<string> candidate)
    {
        var table = new int[reference.Count + 1, candidate.Count + 1];
        for (var i = 1; i <= reference.Count; i++)
        {
            for (var j = 1; j <= candidate.Count; j++)
            {
                table[i, j] = string.Equals(reference[i - 1], candidate[j - 1], StringComparison.Ordinal)
                    ? table[i - 1, j - 1] + 1
                    : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return table;
    }

    private static Dictionary<string, int> Ngrams(IReadOnlyList<string> tokens, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var key = string.Join(' ', Enumerable.Range(i, n).Select(k => tokens[k]));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    private static Dictionary<string, int> TokenCounts(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in sentences.SelectMany(s => s))
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }

        return counts;
    }
}
