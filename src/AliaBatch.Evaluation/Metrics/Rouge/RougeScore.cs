namespace AliaBatch.Evaluation.Metrics.Rouge;

/// <summary>One ROUGE variant's precision, recall and F1, each 0..1 as rouge-score reports them.</summary>
/// <param name="Precision">Matched units over prediction units.</param>
/// <param name="Recall">Matched units over target units.</param>
/// <param name="FMeasure">The harmonic mean of precision and recall.</param>
public sealed record RougeScore(double Precision, double Recall, double FMeasure)
{
    /// <summary>All zeros.</summary>
    public static RougeScore Zero { get; } = new(0, 0, 0);

    /// <summary>rouge-score's <c>scoring.fmeasure</c> of a precision and a recall.</summary>
    /// <param name="precision">The precision.</param>
    /// <param name="recall">The recall.</param>
    /// <returns>The score.</returns>
    public static RougeScore FromPrecisionRecall(double precision, double recall) =>
        new(precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0);
}
