using System.Collections.Concurrent;
using DurableTask.Core;

namespace AliaBatch.Hosting.Embedded;

/// <summary>
/// The embedded backend's orchestration service, measured: it passes every call to the in-memory service and records,
/// per orchestration instance, the most history events any of its executions held when a work item completed. The
/// in-memory service keeps no history to query, and history size is what the fan-out design must bound.
/// It also bounds the activities the sidecar sends to the worker at once to <paramref name="activitySlots"/> (see
/// <c>HistoryMeter.Activities.cs</c>): the gRPC worker takes every work item the sidecar streams to it (its concurrency
/// setting is only a request to the backend, which the sidecar ignores), and the sidecar's own limit is enforced by
/// polling every 500 ms once it is reached. So the sidecar's limits are raised to <paramref name="dispatchLimit"/> and
/// the bound is applied here, where the sidecar locks activity work items: a locked activity holds a slot until it
/// completes or is abandoned, and the next one is locked the moment a slot frees. The worker's own slots bound the
/// activities actually running (<c>AddAliaBatchTasks(activitySlots)</c>).
/// </summary>
internal sealed partial class HistoryMeter(IOrchestrationService inner, int dispatchLimit, int activitySlots) : DelegatingOrchestrationService(inner), IDisposable
{
    private readonly ConcurrentDictionary<string, int> _largest = new(StringComparer.Ordinal);

    /// <summary>Instance id → the most history events one execution of it held.</summary>
    public IReadOnlyDictionary<string, int> Largest => _largest;

    public override int MaxConcurrentTaskOrchestrationWorkItems => dispatchLimit;

    public override int MaxConcurrentTaskActivityWorkItems => dispatchLimit;

    public override Task CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState? newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage? continuedAsNewMessage,
        OrchestrationState? orchestrationState)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        // After ContinueAsNew the work item still holds the finished execution and the new state starts afresh.
        var events = Math.Max(workItem.OrchestrationRuntimeState?.Events.Count ?? 0, newOrchestrationRuntimeState?.Events.Count ?? 0);
        _largest.AddOrUpdate(workItem.InstanceId, events, (_, previous) => Math.Max(previous, events));
        return base.CompleteTaskOrchestrationWorkItemAsync(workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages, timerMessages, continuedAsNewMessage, orchestrationState);
    }
}
