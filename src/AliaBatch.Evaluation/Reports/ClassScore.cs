namespace AliaBatch.Evaluation.Reports;

/// <summary>Per-class figures of a classification or language-identification report, in points (0–100).</summary>
/// <param name="Label">The class (the language tag for language identification).</param>
/// <param name="Precision">Precision.</param>
/// <param name="Recall">Recall (for language identification: the language's accuracy).</param>
/// <param name="F1">F1.</param>
/// <param name="Support">Gold items of the class.</param>
public sealed record ClassScore(string Label, double Precision, double Recall, double F1, int Support);
