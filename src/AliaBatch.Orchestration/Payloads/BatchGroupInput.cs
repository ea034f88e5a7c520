namespace AliaBatch.Orchestration.Payloads;

/// <summary>Input of <see cref="Orchestrators.BatchGroupOrchestrator"/>.</summary>
/// <param name="Job">The job.</param>
/// <param name="Batches">The group's batches.</param>
/// <param name="Progress">Transport dispatch only: where the previous execution stopped (null on the first).</param>
public sealed record BatchGroupInput(BatchJob Job, IReadOnlyList<BatchPlan> Batches, BatchGroupProgress? Progress = null);
