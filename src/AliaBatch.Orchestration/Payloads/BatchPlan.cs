using AliaBatch.Core.Storage;

namespace AliaBatch.Orchestration.Payloads;

/// <summary>
/// One batch: an id unique within the run and the source objects it covers (paths and sizes, never text), or, when
/// <paramref name="Stored"/>, a reference to the plan in the job's plan store (<see cref="BatchLayout.Plan"/>) and no documents.
/// </summary>
/// <param name="BatchId">Stable id within the run, e.g. <c>b000042</c>.</param>
/// <param name="Documents">The source objects; empty in a reference.</param>
/// <param name="Stored">
/// Whether this is a reference: the plan (its <see cref="ProcessBatchInput"/>) is at <see cref="BatchLayout.Plan"/> in the
/// job's plan store (<see cref="BatchJob.PlanStore"/>), so orchestration histories carry the id, not the document list.
/// </param>
public sealed record BatchPlan(string BatchId, IReadOnlyList<ObjectInfo> Documents, bool Stored = false)
{
    /// <summary>The id of the batch with the given run-wide sequence number.</summary>
    public static string IdFor(int sequence) => $"b{sequence:D6}";

    /// <summary>A reference to this plan once it is in the job's plan store.</summary>
    public BatchPlan ToReference() => new(BatchId, [], Stored: true);
}
