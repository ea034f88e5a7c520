using AliaBatch.Core.Storage;

namespace AliaBatch.Orchestration.Payloads;

/// <summary>Input of <see cref="Activities.PlanBatchesActivity"/>.</summary>
/// <param name="Documents">One listing page.</param>
/// <param name="FirstSequence">Run-wide sequence number of the first batch planned (batch ids continue across pages).</param>
/// <param name="Limits">Batch size limits.</param>
/// <param name="Job">
/// When set, each plan is written to the job's results store (<see cref="BatchLayout.Plan"/>) and returned as a reference
/// (<see cref="BatchPlan.Stored"/>); when null, the plans are returned whole.
/// </param>
public sealed record PlanBatchesInput(IReadOnlyList<ObjectInfo> Documents, int FirstSequence, BatchLimits Limits, BatchJob? Job = null);
