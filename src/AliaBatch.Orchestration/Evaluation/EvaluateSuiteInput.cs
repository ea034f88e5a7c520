namespace AliaBatch.Orchestration.Evaluation;

/// <summary>Input of <see cref="EvaluateSuiteActivity"/>.</summary>
/// <param name="Suite">The suite name (its folder in the suites store).</param>
/// <param name="RunId">The evaluation run.</param>
/// <param name="StartedAt">When the run started (the orchestration's clock), recorded in the report.</param>
public sealed record EvaluateSuiteInput(string Suite, string RunId, DateTimeOffset StartedAt);
