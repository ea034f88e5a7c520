namespace AliaBatch.Orchestration.Payloads;

/// <summary>Input of <see cref="Orchestrators.BatchGroupOrchestrator"/>.</summary>
/// <param name="Job">The job.</param>
/// <param name="Batches">The group's batches.</param>
public sealed record BatchGroupInput(BatchJob Job, IReadOnlyList<BatchPlan> Batches);
