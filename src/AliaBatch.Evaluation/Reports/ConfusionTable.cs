namespace AliaBatch.Evaluation.Reports;

/// <summary>A confusion matrix: <c>Counts[gold][predicted]</c> over <see cref="Labels"/>.</summary>
/// <param name="Labels">The labels, ordinal order.</param>
/// <param name="Counts">Rows are gold labels, columns predicted labels.</param>
public sealed record ConfusionTable(IReadOnlyList<string> Labels, IReadOnlyList<IReadOnlyList<int>> Counts);
