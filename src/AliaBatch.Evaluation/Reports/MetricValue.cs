namespace AliaBatch.Evaluation.Reports;

/// <summary>One metric's value in a report.</summary>
/// <param name="Metric">The name, one of <see cref="Suites.SuiteMetricNames"/>.</param>
/// <param name="Value">The value in points, 0–100 (ROUGE, accuracy and F1 multiplied by 100); TER can exceed 100.</param>
/// <param name="Signature">The reproducibility signature of the computation (sacreBLEU's for BLEU/chrF/TER).</param>
public sealed record MetricValue(string Metric, double Value, string Signature);
