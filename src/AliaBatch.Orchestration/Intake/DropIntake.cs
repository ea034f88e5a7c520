using AliaBatch.Core.Jobs;
using AliaBatch.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AliaBatch.Orchestration.Intake;

/// <summary>
/// Turns a blob event in the incoming container into a job request (or a reason not to start one), the same in every
/// host: the Functions blob trigger and the local host's container watcher. See <see cref="DropRule"/> for what a drop is.
/// </summary>
public sealed class DropIntake(IOptions<IntakeOptions> options, TimeProvider timeProvider, ILogger<DropIntake> logger)
{
    /// <summary>
    /// Decides what the blob at <paramref name="path"/> with <paramref name="etag"/> starts. Reads the drop's
    /// <c>_job.json</c> or the agency's <c>_defaults.json</c> from <paramref name="incoming"/>.
    /// </summary>
    /// <param name="incoming">The incoming container (<see cref="IntakeOptions.IncomingContainer"/>).</param>
    /// <param name="path">The blob's path in that container.</param>
    /// <param name="etag">The blob's ETag in the event: with the path it makes the run id.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<DropDecision> DecideAsync(IObjectStore incoming, string path, string etag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(etag);
        var shape = DropRule.Classify(path);
        if (shape.Kind == DropKind.NotADrop)
        {
            return Ignore(shape, shape.Reason!);
        }

        var settings = options.Value;
        var receivedAt = timeProvider.GetUtcNow();
        var runId = RunIds.FromTrigger(JobRejection.DropTrigger, $"{settings.IncomingContainer}/{shape.Path}@{etag}");
        var source = new JobSource
        {
            Kind = SourceKind.Blob,
            Container = settings.IncomingContainer,
            Prefix = shape.Folder,
            Documents = shape.Kind == DropKind.SingleFile ? [shape.Document!] : null,
        };

        var requestFile = shape.Kind == DropKind.Folder ? shape.Path : ObjectPath.Combine(shape.Agency ?? string.Empty, DropRule.DefaultsFileName);
        var info = shape.Kind == DropKind.Folder || shape.Agency is not null ? await incoming.GetInfoAsync(requestFile, cancellationToken) : null;
        if (shape.Kind == DropKind.Folder && info is null)
        {
            return Ignore(shape, $"{requestFile} no longer exists");
        }

        if (info is not null && info.Size > settings.MaxRequestBytes)
        {
            return Reject(shape, runId, new JobRejection(JobRejection.DropTrigger, shape.DropId, RejectionCodes.TooLarge,
                $"{requestFile} has {info.Size} bytes, more than AliaBatch:Intake:MaxRequestBytes ({settings.MaxRequestBytes})", null, receivedAt));
        }

        try
        {
            var request = info is null
                ? DropRequests.FromDefaultTasks(settings.DefaultTasks, source)
                : shape.Kind == DropKind.Folder
                    ? DropRequests.FromJobFile(await incoming.ReadTextAsync(requestFile, cancellationToken), source)
                    : DropRequests.FromDefaultsFile(await incoming.ReadTextAsync(requestFile, cancellationToken), source);
            return new DropDecision(DropOutcome.Start, shape, request, runId, null, null);
        }
        catch (ObjectNotFoundException) when (shape.Kind == DropKind.Folder)
        {
            return Ignore(shape, $"{requestFile} no longer exists");
        }
        catch (JobRequestValidationException exception)
        {
            var where = info is null ? "AliaBatch:Intake:DefaultTasks" : requestFile;
            return Reject(shape, runId, new JobRejection(JobRejection.DropTrigger, shape.DropId, RejectionCodes.Invalid,
                $"{where}: {exception.Message}", exception.Field, receivedAt));
        }
    }

    private DropDecision Ignore(DropShape shape, string reason)
    {
        logger.DropIgnored(shape.Path, reason);
        return new DropDecision(DropOutcome.Ignore, shape, null, null, reason, null);
    }

    private DropDecision Reject(DropShape shape, string runId, JobRejection rejection)
    {
        logger.DropRejected(shape.DropId, rejection.Code, rejection.Message);
        return new DropDecision(DropOutcome.Reject, shape, null, runId, null, rejection);
    }
}
