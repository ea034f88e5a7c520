using AliaBatch.Core.Jobs;

namespace AliaBatch.Orchestration.Intake;

/// <summary>What <see cref="DropIntake"/> made of a blob event.</summary>
/// <param name="Outcome">Ignore, start or reject.</param>
/// <param name="Shape">The blob path as <see cref="DropRule"/> reads it.</param>
/// <param name="Request">The validated job request, when the outcome is <see cref="DropOutcome.Start"/>.</param>
/// <param name="RunId">
/// <c>drop-…</c> from the blob's container, path and ETag: a duplicate delivery of the same event gives the same run.
/// </param>
/// <param name="Reason">Why the blob is ignored.</param>
/// <param name="Rejection">The record to write, when the outcome is <see cref="DropOutcome.Reject"/>.</param>
public sealed record DropDecision(DropOutcome Outcome, DropShape Shape, JobRequest? Request, string? RunId, string? Reason, JobRejection? Rejection);
