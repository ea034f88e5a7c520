namespace AliaBatch.Evaluation.Metrics.Classification;

/// <summary>Precision, recall and F1 of one label (0 where undefined, like scikit-learn's zero_division=0).</summary>
/// <param name="Label">The label.</param>
/// <param name="Precision">True positives over predicted positives.</param>
/// <param name="Recall">True positives over gold positives.</param>
/// <param name="F1">The harmonic mean of precision and recall.</param>
/// <param name="Support">The number of gold items with this label.</param>
public sealed record ClassMetrics(string Label, double Precision, double Recall, double F1, int Support);
