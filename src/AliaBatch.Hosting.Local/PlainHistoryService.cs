using AliaBatch.Hosting.Embedded;
using DurableTask.Core;
using DurableTask.Core.History;

namespace AliaBatch.Hosting.Local;

/// <summary>
/// The Azure Storage orchestration service as the sidecar needs it. The sidecar records a sub-orchestration's start as
/// its own subclass of <see cref="SubOrchestrationInstanceCreatedEvent"/>; the Azure Storage backend's table converter
/// writes only the properties of the exact types it knows, so such an event became a History row without even an
/// <c>EventType</c>, and the orchestration could never be loaded again. Before a work item is committed, every such
/// event is replaced by the plain event with the same values; every other call goes straight to the backend.
/// </summary>
internal sealed class PlainHistoryService(IOrchestrationService inner) : DelegatingOrchestrationService(inner)
{
    /// <inheritdoc />
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
        if ((newOrchestrationRuntimeState ?? workItem.OrchestrationRuntimeState) is { } state)
        {
            MakePlain(state.Events);
            MakePlain(state.NewEvents);
            MakePlain(state.PastEvents);
        }

        return base.CompleteTaskOrchestrationWorkItemAsync(
            workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages, timerMessages, continuedAsNewMessage, orchestrationState);
    }

    /// <summary>Replaces, in place, every subclassed sub-orchestration start by the plain event.</summary>
    internal static void MakePlain(IList<HistoryEvent> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is SubOrchestrationInstanceCreatedEvent created && created.GetType() != typeof(SubOrchestrationInstanceCreatedEvent))
            {
                events[i] = new SubOrchestrationInstanceCreatedEvent(created.EventId)
                {
                    Name = created.Name,
                    Version = created.Version,
                    InstanceId = created.InstanceId,
                    Input = created.Input,
                    Timestamp = created.Timestamp,
                    IsPlayed = created.IsPlayed,
                };
            }
        }
    }
}
