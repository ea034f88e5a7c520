using DurableTask.Core;
using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using CoreFailureDetails = DurableTask.Core.FailureDetails;
using CoreRuntimeStatus = DurableTask.Core.OrchestrationStatus;
using OrchestrationRuntimeStatus = Microsoft.DurableTask.Client.OrchestrationRuntimeStatus;

namespace AliaBatch.Hosting.Embedded;

/// <summary>
/// The SDK's <see cref="DurableTaskClient"/> straight over a Durable Task Core <see cref="IOrchestrationServiceClient"/> in
/// this process (no gRPC): schedule, raise events, read, wait for, suspend, resume and terminate instances, with inputs,
/// outputs and payloads in the hosts' dialect (<see cref="CoreWorkerHosting.Converter"/>). Queries and purges are not
/// offered: the process-local backends keep only the jobs of the process.
/// </summary>
/// <param name="service">The backend.</param>
/// <param name="completionPoll">
/// How often a wait for completion also reads the instance itself, for a backend whose own completion signal is slow
/// (the Azure Storage backend's polls every 2 s); null to rely on the backend's signal alone (the in-memory one is
/// immediate).
/// </param>
public sealed class CoreDurableTaskClient(IOrchestrationServiceClient service, TimeSpan? completionPoll = null) : DurableTaskClient("core")
{
    private static readonly TimeSpan s_startPoll = TimeSpan.FromMilliseconds(250);

    /// <inheritdoc />
    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        var instance = new OrchestrationInstance
        {
            InstanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N"),
            ExecutionId = Guid.NewGuid().ToString("N"),
        };
        var started = new ExecutionStartedEvent(-1, CoreWorkerHosting.Converter.Serialize(input))
        {
            Name = orchestratorName.Name,
            Version = options?.Version?.Version ?? string.Empty,
            OrchestrationInstance = instance,
            ScheduledStartTime = options?.StartAt?.UtcDateTime,
            Tags = options?.Tags is { Count: > 0 } tags ? new Dictionary<string, string>(tags) : null,
        };
        await service.CreateTaskOrchestrationAsync(new TaskMessage { Event = started, OrchestrationInstance = instance });
        return instance.InstanceId;
    }

    /// <inheritdoc />
    public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new EventRaisedEvent(-1, CoreWorkerHosting.Converter.Serialize(eventPayload)) { Name = eventName }, cancellation);

    /// <inheritdoc />
    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionSuspendedEvent(-1, reason), cancellation);

    /// <inheritdoc />
    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionResumedEvent(-1, reason), cancellation);

    /// <inheritdoc />
    public override Task TerminateInstanceAsync(string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        return service.ForceTerminateTaskOrchestrationAsync(instanceId, CoreWorkerHosting.Converter.Serialize(options?.Output));
    }

    /// <inheritdoc />
    public override async Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        var state = (await service.GetOrchestrationStateAsync(instanceId, allExecutions: false)).FirstOrDefault();
        return state is null ? null : ToMetadata(state, getInputsAndOutputs);
    }

    /// <inheritdoc />
    public override Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        WaitAsync(instanceId, getInputsAndOutputs, status => status != OrchestrationRuntimeStatus.Pending, s_startPoll, cancellation);

    /// <inheritdoc />
    /// <remarks>Ends on the backend's own completion signal or, with a completion poll, on this client's read of the instance, whichever comes first.</remarks>
    public override async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        Task signalled = service.WaitForOrchestrationAsync(instanceId, executionId: null, Timeout.InfiniteTimeSpan, stop.Token);
        Task polled = completionPoll is { } poll
            ? WaitAsync(instanceId, getInputsAndOutputs: false, IsFinished, poll, stop.Token)
            : signalled;
        try
        {
            await await Task.WhenAny(signalled, polled);
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(signalled, polled).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return await GetInstancesAsync(instanceId, getInputsAndOutputs, cancellation)
            ?? throw new InvalidOperationException($"Orchestration {instanceId} completed and then disappeared from the backend.");
    }

    /// <inheritdoc />
    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null) =>
        throw new NotSupportedException("The process-local Durable Task client reads instances by id only.");

    /// <inheritdoc />
    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static OrchestrationMetadata ToMetadata(OrchestrationState state, bool getInputsAndOutputs) =>
        new(state.Name, state.OrchestrationInstance.InstanceId)
        {
            DataConverter = CoreWorkerHosting.Converter,
            RuntimeStatus = ToRuntimeStatus(state.OrchestrationStatus),
            CreatedAt = new DateTimeOffset(DateTime.SpecifyKind(state.CreatedTime, DateTimeKind.Utc)),
            LastUpdatedAt = new DateTimeOffset(DateTime.SpecifyKind(state.LastUpdatedTime, DateTimeKind.Utc)),
            SerializedInput = getInputsAndOutputs ? state.Input : null,
            SerializedOutput = getInputsAndOutputs ? state.Output : null,
            SerializedCustomStatus = state.Status,
            Tags = state.Tags is { } tags ? new Dictionary<string, string>(tags) : new Dictionary<string, string>(),
            FailureDetails = ToFailureDetails(state.FailureDetails),
        };

    private static OrchestrationRuntimeStatus ToRuntimeStatus(CoreRuntimeStatus status) => status switch
    {
        CoreRuntimeStatus.Running => OrchestrationRuntimeStatus.Running,
        CoreRuntimeStatus.Completed => OrchestrationRuntimeStatus.Completed,
        CoreRuntimeStatus.ContinuedAsNew => OrchestrationRuntimeStatus.Running,
        CoreRuntimeStatus.Failed => OrchestrationRuntimeStatus.Failed,
        CoreRuntimeStatus.Canceled or CoreRuntimeStatus.Terminated => OrchestrationRuntimeStatus.Terminated,
        CoreRuntimeStatus.Suspended => OrchestrationRuntimeStatus.Suspended,
        _ => OrchestrationRuntimeStatus.Pending,
    };

    private static TaskFailureDetails? ToFailureDetails(CoreFailureDetails? details) => details is null
        ? null
        : new TaskFailureDetails(details.ErrorType, details.ErrorMessage, details.StackTrace, ToFailureDetails(details.InnerFailure), null);

    private static bool IsFinished(OrchestrationRuntimeStatus status) =>
        status is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated;

    private Task SendAsync(string instanceId, HistoryEvent historyEvent, CancellationToken cancellation)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();
        return service.SendTaskOrchestrationMessageAsync(new TaskMessage
        {
            Event = historyEvent,
            OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId },
        });
    }

    private async Task<OrchestrationMetadata> WaitAsync(
        string instanceId, bool getInputsAndOutputs, Func<OrchestrationRuntimeStatus, bool> reached, TimeSpan poll, CancellationToken cancellation)
    {
        while (true)
        {
            if (await GetInstancesAsync(instanceId, getInputsAndOutputs, cancellation) is { } metadata && reached(metadata.RuntimeStatus))
            {
                return metadata;
            }

            await Task.Delay(poll, cancellation);
        }
    }
}
