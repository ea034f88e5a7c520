namespace AliaBatch.Orchestration.Evaluation;

/// <summary>Input of <see cref="EvaluationOrchestrator"/>.</summary>
/// <param name="Suites">The suite names to evaluate (folders of the suites store).</param>
/// <param name="Slot">The schedule slot, UTC <c>yyyyMMddTHHmm</c>: the run id, and part of the instance id, so one slot runs once.</param>
/// <param name="HostName">Which host started it.</param>
public sealed record EvaluationOrchestrationInput(IReadOnlyList<string> Suites, string Slot, string HostName);
