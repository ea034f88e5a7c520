using AliaBatch.Evaluation.Metrics.Bleu;
using AliaBatch.Evaluation.Metrics.Classification;
using AliaBatch.Evaluation.Metrics.Rouge;

namespace AliaBatch.Evaluation.Metrics.Scoring;

/// <summary>The result of scoring one system output with one metric.</summary>
/// <param name="Metric">The metric name as requested (see <see cref="MetricNames"/>).</param>
/// <param name="Name">The display name: <c>BLEU</c>, <c>chrF2</c>, <c>chrF2++</c>, <c>TER</c>, <c>ROUGE</c>, <c>Accuracy</c>, <c>F1</c>.</param>
/// <param name="Score">
/// The headline figure: BLEU/chrF/TER 0..100 (TER: lower is better); ROUGE-L F-measure 0..1; accuracy 0..1; macro F1 0..1.
/// </param>
/// <param name="Signature">The reproducibility signature (sacreBLEU's format for BLEU and chrF).</param>
/// <param name="Width">Decimals used for BLEU/chrF/TER in text output.</param>
public sealed partial record MetricReport(string Metric, string Name, double Score, string Signature, int Width = 1)
{
    /// <summary>The BLEU details (precisions, brevity penalty, lengths), for <c>bleu</c>.</summary>
    public BleuScore? Bleu { get; init; }

    /// <summary>Precision/recall/F-measure per ROUGE variant (<c>rouge1</c>, <c>rouge2</c>, <c>rougeL</c>, <c>rougeLsum</c>).</summary>
    public IReadOnlyDictionary<string, RougeScore>? Rouge { get; init; }

    /// <summary>The full classification report, for <c>accuracy</c> and <c>f1</c>.</summary>
    public ClassificationReport? Classification { get; init; }

    /// <summary>The number of scored segments.</summary>
    public int Segments { get; init; }
}
