namespace AliaBatch.Orchestration.Payloads;

/// <summary>A dispatching group's state between executions (<c>ContinueAsNew</c>).</summary>
/// <param name="Pending">Batches without a manifest yet, with their last dispatch.</param>
/// <param name="Counts">Counts of the batches already done.</param>
public sealed record BatchGroupProgress(IReadOnlyList<PendingBatch> Pending, BatchCounts Counts);

