using Microsoft.DurableTask;
using Xunit;

namespace AliaBatch.Orchestration.Tests;

public sealed class AliaBatchTasksTests
{
    [Fact]
    public void Orchestrators_EveryOrchestratorClass_IsListedUnderItsClassName()
    {
        var classes = TaskClasses(typeof(ITaskOrchestrator));

        Assert.Equal(classes, AliaBatchTasks.Orchestrators.Select(task => task.Key).Order(StringComparer.Ordinal));
        Assert.All(AliaBatchTasks.Orchestrators, task => Assert.Equal(task.Key, task.Value().GetType().Name));
    }

    [Fact]
    public void Activities_EveryActivityClass_IsListedUnderItsClassName()
    {
        var classes = TaskClasses(typeof(ITaskActivity));

        Assert.Equal(classes, AliaBatchTasks.Activities().Select(task => task.Key).Order(StringComparer.Ordinal));
    }

    // Every concrete orchestrator or activity the orchestration assembly defines, except the slot wrapper.
    private static IEnumerable<string> TaskClasses(Type kind) =>
        typeof(AliaBatchTasks).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && kind.IsAssignableFrom(type) && type.Name != "SlottedActivity")
            .Select(type => type.Name)
            .Order(StringComparer.Ordinal);
}
