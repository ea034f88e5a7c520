using AliaBatch.Orchestration.Activities;
using AliaBatch.Orchestration.Evaluation;
using AliaBatch.Orchestration.Events;
using AliaBatch.Orchestration.Orchestrators;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace AliaBatch.Orchestration;

/// <summary>
/// Every AliaBatch orchestrator and activity by name: the one list each host registers, whether with the SDK's
/// <see cref="DurableTaskRegistry"/> (<see cref="OrchestrationServiceCollectionExtensions.AddAliaBatchTasks"/>) or with a
/// Durable Task Core worker directly (the embedded host).
/// </summary>
public static class AliaBatchTasks
{
    /// <summary>The orchestrators: name and a factory for a fresh instance (orchestrators hold no services).</summary>
    public static IReadOnlyList<KeyValuePair<string, Func<ITaskOrchestrator>>> Orchestrators { get; } =
    [
        new(nameof(JobOrchestrator), () => new JobOrchestrator()),
        new(nameof(BatchGroupOrchestrator), () => new BatchGroupOrchestrator()),
        new(nameof(EvaluationOrchestrator), () => new EvaluationOrchestrator()),
    ];

    /// <summary>
    /// The activities: name and a factory that creates one from a container. With <paramref name="slots"/>, an activity
    /// runs only while it holds a slot (see <see cref="OrchestrationServiceCollectionExtensions.AddAliaBatchTasks"/>).
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, Func<IServiceProvider, ITaskActivity>>> Activities(SemaphoreSlim? slots = null) =>
    [
        Activity<PreparePageActivity>(slots),
        Activity<ProcessBatchActivity>(slots),
        Activity<DispatchBatchActivity>(slots),
        Activity<CheckBatchesActivity>(slots),
        Activity<FailBatchActivity>(slots),
        Activity<FinalizeJobActivity>(slots),
        Activity<PublishJobEventActivity>(slots),
        Activity<EvaluateSuiteActivity>(slots),
    ];

    private static KeyValuePair<string, Func<IServiceProvider, ITaskActivity>> Activity<T>(SemaphoreSlim? slots)
        where T : ITaskActivity =>
        new(typeof(T).Name, services =>
        {
            ITaskActivity activity = ActivatorUtilities.CreateInstance<T>(services);
            return slots is null ? activity : new SlottedActivity(activity, slots);
        });
}
