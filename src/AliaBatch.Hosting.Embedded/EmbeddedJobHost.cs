using AliaBatch.Core.Jobs;
using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using AliaBatch.Orchestration;
using AliaBatch.Orchestration.Orchestrators;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Pipeline;
using AliaBatch.Pipeline.Jobs;
using AliaBatch.Storage;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AliaBatch.Hosting.Embedded;

/// <summary>
/// Runs jobs in this process through the durable orchestrations (<see cref="JobOrchestrator"/> and friends) on the
/// in-memory Durable Task backend: the same classes the durable hosts run, with nothing to install. A drop-in for
/// <see cref="JobRunner"/>: same <see cref="RunAsync"/> signature, same outputs, resume, progress and cancellation.
/// The backend starts on the first job and stops when the host is disposed.
/// </summary>
public sealed partial class EmbeddedJobHost(
    IServiceProvider services,
    ObjectStoreResolver stores,
    IOptions<OrchestrationOptions> orchestrationOptions,
    IOptions<EmbeddedHostOptions> hostOptions,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory) : IAsyncDisposable
{
    private readonly SemaphoreSlim _start = new(1, 1);
    private readonly ILogger _logger = loggerFactory.CreateLogger<EmbeddedJobHost>();
    private Backend? _backend;

    /// <summary>Name recorded in manifests for this host.</summary>
    public string HostName { get; init; } = "embedded";

    /// <summary>
    /// Orchestration instance id → the most history events one execution of it held, for every instance this host has
    /// run: the measure the fan-out design bounds.
    /// </summary>
    public IReadOnlyDictionary<string, int> LargestHistories =>
        _backend?.Meter.Largest ?? new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Runs the job to completion (or cancellation) and returns its final manifest.</summary>
    public async Task<JobManifest> RunAsync(JobRequest request, IObjectStore source, IObjectStore results, IProgress<JobProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(results);
        JobRequestValidator.Validate(request);
        var jobId = await JobOutputs.ResolveJobIdAsync(request, results, cancellationToken);
        var previous = await results.ReadJsonOrDefaultAsync<JobManifest>(ResultLayout.Manifest(jobId), cancellationToken);
        var now = timeProvider.GetUtcNow();
        var backend = await StartAsync(cancellationToken);
        var runId = $"{now:yyyyMMddTHHmmssfff}-{Guid.NewGuid().ToString("N")[..8]}";
        var sourceReference = stores.Attach(source, request.Source.Prefix);
        var resultsReference = stores.Attach(results);
        var plansReference = stores.Attach(new MemoryObjectStore());
        try
        {
            var job = new BatchJob(
                jobId, runId, request.Tasks, request.Options.Overwrite, sourceReference, resultsReference, orchestrationOptions.Value.ToDispatch(), plansReference);
            var input = new JobOrchestrationInput(job, request, orchestrationOptions.Value.ToLimits(), previous?.CreatedAt ?? now, HostName);
            var instanceId = JobOrchestrator.InstanceId(jobId, runId);
            await backend.Client.ScheduleNewOrchestrationInstanceAsync(nameof(JobOrchestrator), input, new StartOrchestrationOptions(instanceId), cancellationToken);
            _logger.JobScheduled(jobId, instanceId);
            await FollowAsync(backend.Client, instanceId, progress, cancellationToken);
            return await results.ReadJsonOrDefaultAsync<JobManifest>(ResultLayout.Manifest(jobId), CancellationToken.None)
                ?? throw new InvalidOperationException($"Job {jobId} completed without writing {ResultLayout.Manifest(jobId)}.");
        }
        finally
        {
            stores.Detach(sourceReference);
            stores.Detach(resultsReference);
            stores.Detach(plansReference);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_backend is not null)
        {
            await _backend.DisposeAsync();
            _backend = null;
        }

        _start.Dispose();
    }

    /// <summary>
    /// Polls the orchestration for progress until it ends, waking at once when it does; forwards cancellation as a
    /// cancel event once.
    /// </summary>
    private async Task FollowAsync(DurableTaskClient client, string instanceId, IProgress<JobProgress>? progress, CancellationToken cancellationToken)
    {
        using var stopWaiting = new CancellationTokenSource();
        var ended = client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: false, stopWaiting.Token);
        try
        {
            await FollowUntilEndedAsync(client, instanceId, ended, progress, cancellationToken);
        }
        finally
        {
            await stopWaiting.CancelAsync();
            // Only the wake-up signal: the outcome is read from the instance itself.
            await ended.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private async Task FollowUntilEndedAsync(DurableTaskClient client, string instanceId, Task ended, IProgress<JobProgress>? progress, CancellationToken cancellationToken)
    {
        string? lastStatus = null;
        var cancelSent = false;
        while (true)
        {
            if (cancellationToken.IsCancellationRequested && !cancelSent)
            {
                await client.RaiseEventAsync(instanceId, JobEvents.Cancel, true, CancellationToken.None);
                cancelSent = true;
            }

            var metadata = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, CancellationToken.None)
                ?? throw new InvalidOperationException($"Orchestration {instanceId} disappeared from the embedded backend.");
            if (progress is not null && metadata.SerializedCustomStatus is { } status && status != lastStatus)
            {
                lastStatus = status;
                progress.Report(ToProgress(metadata.ReadCustomStatusAs<JobProgressStatus>()!));
            }

            switch (metadata.RuntimeStatus)
            {
                case OrchestrationRuntimeStatus.Completed:
                    return;
                case OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated:
                    throw new InvalidOperationException(
                        $"Job orchestration {instanceId} ended {metadata.RuntimeStatus}: {metadata.FailureDetails?.ErrorType} {metadata.FailureDetails?.ErrorMessage}");
            }

            // Cancellation also wakes the loop early, so the cancel event goes out now; the job still ends through the orchestration.
            var poll = Task.Delay(hostOptions.Value.PollInterval, timeProvider, cancelSent ? CancellationToken.None : cancellationToken);
            // A wait that ended without the instance ending (the backend stopped) no longer wakes anything.
            await Task.WhenAny(poll, ended.IsCompleted ? poll : ended);
        }
    }

    private static JobProgress ToProgress(JobProgressStatus status) =>
        new(status.Listed, status.Done, status.Succeeded, status.Failed, status.Reused, status.DocumentsPerSecond, status.Eta, null);
}
