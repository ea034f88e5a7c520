using DurableTask.Core.History;
using Microsoft.DurableTask.Testing.Sidecar.Dispatcher;
using Xunit;

namespace AliaBatch.Hosting.Local.Tests;

public sealed class PlainHistoryServiceTests
{
    [Fact]
    public void MakePlain_SidecarSubOrchestrationEvent_BecomesThePlainEventWithTheSameValues()
    {
        var timestamp = new DateTime(2026, 11, 27, 10, 0, 0, DateTimeKind.Utc);
        var sidecarEvent = new GrpcSubOrchestrationInstanceCreatedEvent(7)
        {
            Name = "BatchGroupOrchestrator",
            Version = "1",
            InstanceId = "job:run:g0000",
            Input = """{"group":0}""",
            Timestamp = timestamp,
            IsPlayed = true,
        };
        var started = new ExecutionStartedEvent(-1, "{}");
        var events = new List<HistoryEvent> { started, sidecarEvent };

        PlainHistoryService.MakePlain(events);

        Assert.Same(started, events[0]);
        var plain = events[1];
        Assert.Equal(typeof(SubOrchestrationInstanceCreatedEvent), plain.GetType());
        var created = (SubOrchestrationInstanceCreatedEvent)plain;
        Assert.Equal(
            (7, "BatchGroupOrchestrator", "1", "job:run:g0000", """{"group":0}""", timestamp, true),
            (created.EventId, created.Name, created.Version, created.InstanceId, created.Input, created.Timestamp, created.IsPlayed));
    }

    [Fact]
    public void MakePlain_PlainEvents_AreLeftAsTheyAre()
    {
        var created = new SubOrchestrationInstanceCreatedEvent(3) { Name = "BatchGroupOrchestrator", InstanceId = "x" };
        var scheduled = new TaskScheduledEvent(4, "ProcessBatchActivity");
        var events = new List<HistoryEvent> { created, scheduled };

        PlainHistoryService.MakePlain(events);

        Assert.Same(created, events[0]);
        Assert.Same(scheduled, events[1]);
    }
}
