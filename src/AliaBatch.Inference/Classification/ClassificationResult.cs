namespace AliaBatch.Inference.Classification;

/// <summary>The outcome of classifying one text.</summary>
/// <param name="Scores">Every label's score, highest first.</param>
/// <param name="AssignedLabels">The chosen labels: the top one for single-label, every label at or over the
/// threshold for multi-label (possibly none).</param>
public sealed record ClassificationResult(IReadOnlyList<LabelScore> Scores, IReadOnlyList<string> AssignedLabels)
{
    /// <summary>The highest-scoring label.</summary>
    public string TopLabel => Scores[0].Label;

    /// <summary>The highest score.</summary>
    public float TopScore => Scores[0].Score;

    internal static ClassificationResult SingleLabel(IReadOnlyList<string> labels, ReadOnlySpan<float> probabilities)
    {
        var scores = Rank(labels, probabilities);
        return new ClassificationResult(scores, [scores[0].Label]);
    }

    internal static ClassificationResult MultiLabel(IReadOnlyList<string> labels, ReadOnlySpan<float> probabilities, float threshold)
    {
        var scores = Rank(labels, probabilities);
        return new ClassificationResult(scores, [.. scores.Where(s => s.Score >= threshold).Select(s => s.Label)]);
    }

    private static LabelScore[] Rank(IReadOnlyList<string> labels, ReadOnlySpan<float> probabilities)
    {
        var scores = new LabelScore[labels.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = new LabelScore(labels[i], probabilities[i]);
        }

        // Stable: equal scores keep the caller's label order.
        return [.. scores.OrderByDescending(s => s.Score)];
    }
}
