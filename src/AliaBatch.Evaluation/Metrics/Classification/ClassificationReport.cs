namespace AliaBatch.Evaluation.Metrics.Classification;

/// <summary>Single-label classification figures, computed as scikit-learn does over the union of labels.</summary>
/// <param name="Accuracy">Correct predictions over all items.</param>
/// <param name="MicroF1">F1 over pooled counts (equals accuracy for single-label data).</param>
/// <param name="MacroF1">The unweighted mean of per-label F1.</param>
/// <param name="MacroPrecision">The unweighted mean of per-label precision.</param>
/// <param name="MacroRecall">The unweighted mean of per-label recall.</param>
/// <param name="WeightedF1">The support-weighted mean of per-label F1.</param>
/// <param name="PerClass">Per-label figures, labels sorted ordinally.</param>
/// <param name="Confusion">The confusion matrix.</param>
public sealed record ClassificationReport(
    double Accuracy,
    double MicroF1,
    double MacroF1,
    double MacroPrecision,
    double MacroRecall,
    double WeightedF1,
    IReadOnlyList<ClassMetrics> PerClass,
    ConfusionMatrix Confusion);
