using AliaBatch.Orchestration.Intake;

namespace AliaBatch.Functions.Triggers;

/// <summary>What a rejected agency message becomes on the poison queue: the original body with the reason.</summary>
/// <param name="MessageId">The id of the original message (the rejection record is <c>_rejections/queue/{MessageId}.json</c>).</param>
/// <param name="Rejection">Why it was rejected.</param>
/// <param name="Body">The original message text.</param>
public sealed record AgencyPoisonMessage(string MessageId, JobRejection Rejection, string Body);
