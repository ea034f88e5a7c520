namespace AliaBatch.Evaluation.Metrics.Classification;

/// <summary>Counts of gold label (row) against predicted label (column), labels sorted ordinally.</summary>
/// <param name="Labels">The labels, in row and column order.</param>
/// <param name="Counts">Counts[gold][predicted].</param>
public sealed record ConfusionMatrix(IReadOnlyList<string> Labels, int[][] Counts);
