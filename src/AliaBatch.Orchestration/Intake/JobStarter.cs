using AliaBatch.Core.Jobs;
using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Orchestrators;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Pipeline;
using AliaBatch.Pipeline.Jobs;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AliaBatch.Orchestration.Intake;

/// <summary>
/// Starts a job run on any Durable Task backend: the one entry every durable trigger uses (blob drop, agency queue,
/// HTTP API, <c>aliabatch serve</c>). The caller picks the run id from what triggered it (the drop's ETag, the message
/// id), so the instance id <c>{jobId}:{runId}</c> is deterministic and a duplicate delivery finds the run it already
/// started instead of starting a second one.
/// </summary>
public sealed class JobStarter(
    ObjectStoreResolver stores,
    IOptions<OrchestrationOptions> options,
    TimeProvider timeProvider,
    ILogger<JobStarter> logger)
{
    /// <summary>
    /// Validates <paramref name="request"/> (throws <see cref="JobRequestValidationException"/>), resolves the job id, and
    /// schedules <see cref="JobOrchestrator"/> unless the instance exists already.
    /// </summary>
    /// <param name="client">The backend's client.</param>
    /// <param name="request">The job request.</param>
    /// <param name="results">Where results go.</param>
    /// <param name="runId">The run id, derived by the caller from its trigger; letters, digits, '-', '_' and '.'.</param>
    /// <param name="hostName">Which host runs the job, recorded in the manifest.</param>
    /// <param name="cancellationToken">Cancels scheduling.</param>
    public async Task<JobStart> StartAsync(DurableTaskClient client, JobRequest request, StoreReference results, string runId, string hostName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentException.ThrowIfNullOrWhiteSpace(hostName);
        RunIds.Validate(runId);
        JobRequestValidator.Validate(request);

        // The instance id uses the request's job id before any versioning, so a duplicate finds the first start even
        // when the overwrite policy "version" would name the results folder differently the second time.
        var instanceId = JobOrchestrator.InstanceId(JobIdentity.Resolve(request), runId);
        if (await client.GetInstanceAsync(instanceId, cancellationToken) is not null)
        {
            logger.JobAlreadyStarted(instanceId);
            return new JobStart(JobIdentity.Resolve(request), runId, instanceId, AlreadyStarted: true);
        }

        var resultsStore = stores.Resolve(results);
        var jobId = await JobOutputs.ResolveJobIdAsync(request, resultsStore, cancellationToken);
        var previous = await resultsStore.ReadJsonOrDefaultAsync<JobManifest>(ResultLayout.Manifest(jobId), cancellationToken);
        var job = new BatchJob(jobId, runId, request.Tasks, request.Options.Overwrite, StoreReference.ForSource(request.Source), results, options.Value.ToDispatch());
        var input = new JobOrchestrationInput(job, request, options.Value.ToLimits(), previous?.CreatedAt ?? timeProvider.GetUtcNow(), hostName);
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(nameof(JobOrchestrator), input, new StartOrchestrationOptions(instanceId), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Two deliveries racing past the check above: the loser's start fails (each backend says so with its own
            // exception type). If the instance exists now, the other delivery started it and this one is a duplicate.
            if (await client.GetInstanceAsync(instanceId, cancellationToken) is null)
            {
                throw;
            }

            logger.JobAlreadyStarted(instanceId);
            return new JobStart(jobId, runId, instanceId, AlreadyStarted: true);
        }

        logger.JobStarted(jobId, instanceId, hostName);
        return new JobStart(jobId, runId, instanceId, AlreadyStarted: false);
    }
}
