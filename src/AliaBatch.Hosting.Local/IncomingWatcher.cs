using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Intake;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AliaBatch.Hosting.Local;

/// <summary>
/// Starts a job for every drop in the incoming container, as the Functions app's blob trigger does, by listing the
/// container every <see cref="LocalHostOptions.PollInterval"/> (there is no Event Grid locally). What a drop is and what
/// it starts are the intake rules' (<see cref="DropIntake"/>); starting is <see cref="JobStarter"/>'s, whose run id comes
/// from the blob's path and ETag. The set of blobs already handled only saves work: after a restart every drop is
/// decided again and <see cref="JobStarter"/> finds the runs it already started.
/// </summary>
public sealed class IncomingWatcher(
    LocalJobHost host,
    DropIntake intake,
    JobStarter starter,
    ObjectStoreResolver stores,
    IOptions<IntakeOptions> intakeOptions,
    IOptions<LocalHostOptions> options,
    IOptions<StorageOptions> storage,
    TimeProvider timeProvider,
    ILogger<IncomingWatcher> logger) : BackgroundService
{
    private readonly HashSet<string> _handled = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _poll = new(1, 1);

    /// <summary>
    /// Lists the incoming container once and acts on every blob not handled yet: starts its job, writes its rejection
    /// record, or ignores it. Returns the jobs started (or found already started) by this poll.
    /// </summary>
    public async Task<IReadOnlyList<JobStart>> PollAsync(CancellationToken cancellationToken = default)
    {
        var client = await host.GetClientAsync(cancellationToken);
        var settings = intakeOptions.Value;
        var incoming = stores.Resolve(StoreReference.Blob(settings.IncomingContainer));
        var results = StoreReference.Blob(settings.ResultsContainer);
        var starts = new List<JobStart>();
        await _poll.WaitAsync(cancellationToken);
        try
        {
            await foreach (var blob in incoming.ListAsync(cancellationToken: cancellationToken))
            {
                var key = $"{blob.Path}@{blob.ETag}";
                // The rule reads the path alone: documents inside a folder drop wait for its _job.json without a read.
                if (_handled.Contains(key) || DropRule.Classify(blob.Path).Kind == DropKind.NotADrop)
                {
                    continue;
                }

                try
                {
                    if (await HandleAsync(client, incoming, results, blob, cancellationToken) is { } start)
                    {
                        starts.Add(start);
                    }

                    _handled.Add(key);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Not marked handled: the next poll decides this drop again, and a start that did happen is found then.
                    logger.DropFailed(blob.Path, exception);
                }
            }
        }
        finally
        {
            _poll.Release();
        }

        return starts;
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _poll.Dispose();
        base.Dispose();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WatchIncoming)
        {
            return;
        }

        var settings = intakeOptions.Value;
        var interval = options.Value.PollInterval;
        await ObjectStores.ServiceClient(storage.Value).GetBlobContainerClient(settings.IncomingContainer).CreateIfNotExistsAsync(cancellationToken: stoppingToken);
        logger.WatchingIncoming(settings.IncomingContainer, interval, settings.ResultsContainer);
        using var timer = new PeriodicTimer(interval, timeProvider);
        do
        {
            try
            {
                await PollAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Storage unreachable for a moment: the next poll lists again, and nothing was marked handled.
                logger.IncomingPollFailed(settings.IncomingContainer, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<JobStart?> HandleAsync(DurableTaskClient client, IObjectStore incoming, StoreReference results, ObjectInfo blob, CancellationToken cancellationToken)
    {
        var decision = await intake.DecideAsync(incoming, blob.Path, blob.ETag, cancellationToken);
        switch (decision.Outcome)
        {
            case DropOutcome.Start:
                var start = await starter.StartAsync(client, decision.Request!, results, decision.RunId!, options.Value.HostName, cancellationToken);
                logger.DropStarted(blob.Path, start.InstanceId, start.AlreadyStarted);
                return start;
            case DropOutcome.Reject:
                await decision.Rejection!.WriteAsync(stores.Resolve(results), cancellationToken);
                logger.DropRecorded(blob.Path, decision.Rejection.RecordPath);
                return null;
            default:
                return null;
        }
    }
}
