using AliaBatch.Hosting.Embedded;
using AliaBatch.Pipeline;
using Microsoft.DurableTask;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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

    [Fact]
    public void Activities_FromTheApplicationsContainer_CreateTheClassOfTheirName()
    {
        using var services = ApplicationServices();

        Assert.All(AliaBatchTasks.Activities(), task => Assert.Equal(task.Key, task.Value(services).GetType().Name));
    }

    [Fact]
    public async Task Activities_WithSlots_RunOnlyWhileHoldingASlot()
    {
        using var services = ApplicationServices();
        using var slots = new SemaphoreSlim(0, 1);
        var activity = AliaBatchTasks.Activities(slots).Single(task => task.Key == "CheckBatchesActivity").Value(services);

        var run = activity.RunAsync(new TestActivityContext(), null);
        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.False(run.IsCompleted);
        slots.Release();

        // The activity itself then runs: its null input is refused.
        await Assert.ThrowsAsync<ArgumentNullException>(() => run);
        Assert.Equal(1, slots.CurrentCount);
    }

    private sealed class TestActivityContext : TaskActivityContext
    {
        public override TaskName Name { get; } = new("CheckBatchesActivity");

        public override string InstanceId => "test";
    }

    private static ServiceProvider ApplicationServices()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddAliaBatchPipeline();
        services.AddAliaBatchEmbeddedHost();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    // Every concrete orchestrator or activity the orchestration assembly defines, except the slot wrapper.
    private static IEnumerable<string> TaskClasses(Type kind) =>
        typeof(AliaBatchTasks).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && kind.IsAssignableFrom(type) && type.Name != "SlottedActivity")
            .Select(type => type.Name)
            .Order(StringComparer.Ordinal);
}
