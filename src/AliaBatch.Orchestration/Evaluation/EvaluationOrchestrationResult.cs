namespace AliaBatch.Orchestration.Evaluation;

/// <summary>Output of <see cref="EvaluationOrchestrator"/>.</summary>
/// <param name="RunId">The run id (the slot).</param>
/// <param name="Evaluated">The suites evaluated, in input order.</param>
/// <param name="FailedSuites">The suites that could not be evaluated (missing, malformed, no model), after retries.</param>
public sealed record EvaluationOrchestrationResult(string RunId, IReadOnlyList<SuiteEvaluation> Evaluated, IReadOnlyList<string> FailedSuites)
{
    /// <summary>True when any evaluated suite regressed.</summary>
    public bool HasRegressions => Evaluated.Any(e => e.Regressions.Count > 0);
}
