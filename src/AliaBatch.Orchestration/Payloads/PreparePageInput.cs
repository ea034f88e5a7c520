namespace AliaBatch.Orchestration.Payloads;

/// <summary>Input of <see cref="Activities.PreparePageActivity"/>.</summary>
/// <param name="Job">The job run; its source is listed and, with <paramref name="StorePlans"/>, its plan store (<see cref="BatchJob.PlanStore"/>) holds the plans.</param>
/// <param name="Documents">The request's explicit document list, if it has one.</param>
/// <param name="ContinuationToken">From the previous page; null for the first.</param>
/// <param name="FirstSequence">Run-wide sequence number of the page's first batch (batch ids continue across pages).</param>
/// <param name="Limits">Page size and batch limits.</param>
/// <param name="StorePlans">
/// Whether each plan is written to the job's plan store (<see cref="BatchLayout.Plan"/>) and returned as a reference
/// (<see cref="BatchPlan.Stored"/>), or returned whole.
/// </param>
public sealed record PreparePageInput(BatchJob Job, IReadOnlyList<string>? Documents, string? ContinuationToken, int FirstSequence, BatchLimits Limits, bool StorePlans);
