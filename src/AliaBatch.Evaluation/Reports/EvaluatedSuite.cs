using AliaBatch.Evaluation.Regression;

namespace AliaBatch.Evaluation.Reports;

/// <summary>One suite × system result of a run: the scores and their comparison with earlier runs.</summary>
/// <param name="Report">The scores.</param>
/// <param name="Regression">The comparison with the previous run and the pinned baseline.</param>
public sealed record EvaluatedSuite(EvaluationReport Report, RegressionResult Regression);
