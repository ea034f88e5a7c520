using System.Diagnostics.CodeAnalysis;
using AliaBatch.Core.Jobs;

namespace AliaBatch.Orchestration.Intake;

/// <summary>What <see cref="AgencyJobIntake"/> made of a queue message: a request to start, or a rejection.</summary>
/// <param name="RunId"><c>queue-…</c> from the message id: a redelivered message gives the same run.</param>
/// <param name="Request">The validated, authorised request; null when rejected.</param>
/// <param name="Rejection">Why the message was rejected; null when accepted.</param>
public sealed record AgencyIntakeResult(string RunId, JobRequest? Request, JobRejection? Rejection)
{
    /// <summary>True when <see cref="Request"/> may be started.</summary>
    [MemberNotNullWhen(true, nameof(Request))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsAccepted => Request is not null;
}
