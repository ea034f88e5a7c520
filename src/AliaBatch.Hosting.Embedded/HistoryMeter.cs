using System.Collections.Concurrent;
using DurableTask.Core;

namespace AliaBatch.Hosting.Embedded;

/// <summary>
/// The embedded backend's orchestration service, measured: it passes every call to the in-memory service and records,
/// per orchestration instance, the most history events any of its executions held when a work item completed. The
/// in-memory service keeps no history to query, and history size is what the fan-out design must bound. It also sets
/// the worker's limits: <paramref name="orchestrationLimit"/> orchestration work items and <paramref name="activityLimit"/>
/// activity work items at once (the in-memory service's own are the processor count).
/// </summary>
internal sealed class HistoryMeter(IOrchestrationService inner, int orchestrationLimit, int activityLimit) : DelegatingOrchestrationService(inner)
{
    private readonly ConcurrentDictionary<string, int> _largest = new(StringComparer.Ordinal);

    /// <summary>Instance id → the most history events one execution of it held.</summary>
    public IReadOnlyDictionary<string, int> Largest => _largest;

    public override int MaxConcurrentTaskOrchestrationWorkItems => orchestrationLimit;

    public override int MaxConcurrentTaskActivityWorkItems => activityLimit;

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
