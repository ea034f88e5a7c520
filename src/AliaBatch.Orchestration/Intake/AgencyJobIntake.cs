using System.Text;
using AliaBatch.Core.Jobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AliaBatch.Orchestration.Intake;

/// <summary>
/// Accepts or rejects a job request message from the agency queue, the same in every host: the body must be at most
/// <see cref="IntakeOptions.MaxRequestBytes"/>, a valid job request, and read only from
/// <see cref="IntakeOptions.AllowedSources"/>. A rejected message gets a <see cref="JobRejection"/> (written by the host
/// to the results container) and goes to the poison queue; it is never dropped silently.
/// </summary>
public sealed class AgencyJobIntake(IOptions<IntakeOptions> options, TimeProvider timeProvider, ILogger<AgencyJobIntake> logger)
{
    /// <summary>Checks a message body; the run id comes from <paramref name="messageId"/>.</summary>
    /// <param name="messageId">The queue message id (what the agency got back when it sent the message).</param>
    /// <param name="body">The message text (the queue's base64 already decoded).</param>
    public AgencyIntakeResult Accept(string messageId, string body) => Accept(JobRejection.QueueTrigger, messageId, body);

    /// <summary>Checks a request that arrived some other way (e.g. <c>http</c>); the run id comes from <paramref name="trigger"/> and <paramref name="id"/>.</summary>
    /// <param name="trigger">The trigger kind: the run id's prefix and the rejection's <see cref="JobRejection.Trigger"/>.</param>
    /// <param name="id">What identifies this delivery (a message id, an idempotency key).</param>
    /// <param name="body">The request text.</param>
    public AgencyIntakeResult Accept(string trigger, string id, string body)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trigger);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(body);
        var settings = options.Value;
        var receivedAt = timeProvider.GetUtcNow();
        var runId = RunIds.FromTrigger(trigger, id);
        var bytes = Encoding.UTF8.GetByteCount(body);
        if (bytes > settings.MaxRequestBytes)
        {
            return Reject(trigger, id, runId, RejectionCodes.TooLarge,
                $"the message has {bytes} bytes, more than AliaBatch:Intake:MaxRequestBytes ({settings.MaxRequestBytes})", null, receivedAt);
        }

        JobRequest request;
        try
        {
            request = JobRequestValidator.Parse(body);
        }
        catch (JobRequestValidationException exception)
        {
            return Reject(trigger, id, runId, RejectionCodes.Invalid, exception.Message, exception.Field, receivedAt);
        }

        if (Authorize(request.Source, settings) is { } denial)
        {
            return Reject(trigger, id, runId, RejectionCodes.Unauthorized, denial.Message, denial.Pointer, receivedAt);
        }

        return new AgencyIntakeResult(runId, request, null);
    }

    private static (string Pointer, string Message)? Authorize(JobSource source, IntakeOptions settings)
    {
        if (source.Kind == SourceKind.Local)
        {
            return settings.AllowLocalSources
                ? null
                : ("/source/kind", "queued jobs may not read local folders (AliaBatch:Intake:AllowLocalSources is off)");
        }

        var allowed = settings.EffectiveAllowedSources;
        var grants = allowed.Select(entry => SourceGrant.TryParse(entry, out var grant) ? grant : null).OfType<SourceGrant>();
        if (grants.Any(grant => grant.Covers(source.Container!, source.Prefix)))
        {
            return null;
        }

        var pointer = grants.Any(grant => string.Equals(grant.Container, source.Container, StringComparison.Ordinal)) ? "/source/prefix" : "/source/container";
        return (pointer, $"queued jobs may not read {source.Container}/{source.Prefix}: allowed are {string.Join(", ", allowed)} (AliaBatch:Intake:AllowedSources)");
    }

    private AgencyIntakeResult Reject(string trigger, string id, string runId, string code, string message, string? pointer, DateTimeOffset receivedAt)
    {
        logger.AgencyJobRejected(id, code, pointer ?? "-", message);
        return new AgencyIntakeResult(runId, null, new JobRejection(trigger, RecordId(id), code, message, pointer, receivedAt));
    }

    // Storage queue message ids are GUIDs; anything else is made path-safe so the record lands in _rejections/queue/.
    private static string RecordId(string messageId) =>
        new([.. messageId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
}
