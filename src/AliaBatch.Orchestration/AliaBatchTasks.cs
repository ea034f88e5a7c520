using AliaBatch.Orchestration.Activities;
using AliaBatch.Orchestration.Dispatch;
using AliaBatch.Orchestration.Evaluation;
using AliaBatch.Orchestration.Events;
using AliaBatch.Orchestration.Orchestrators;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Transport;
using AliaBatch.Transport.Events;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

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
    /// Each factory calls the constructor itself: a host creates an activity for every execution, and
    /// <c>ActivatorUtilities.CreateInstance</c> resolved the constructor by reflection each time (59 ms of CPU in a
    /// 10,000-document embedded-host job, most of it in the first half second).
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, Func<IServiceProvider, ITaskActivity>>> Activities(SemaphoreSlim? slots = null) =>
    [
        Activity(slots, services => new PreparePageActivity(services.GetRequiredService<ObjectStoreResolver>())),
        Activity(slots, services => new ProcessBatchActivity(services.GetRequiredService<BatchProcessor>(), services.GetRequiredService<ObjectStoreResolver>())),
        Activity(slots, services => new DispatchBatchActivity(
            services.GetRequiredService<IBatchSender>(), services.GetRequiredService<ObjectStoreResolver>(), services.GetRequiredService<ILogger<DispatchBatchActivity>>())),
        Activity(slots, services => new CheckBatchesActivity(services.GetRequiredService<ObjectStoreResolver>())),
        Activity(slots, services => new FailBatchActivity(
            services.GetRequiredService<ObjectStoreResolver>(), services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<FailBatchActivity>>())),
        Activity(slots, services => new FinalizeJobActivity(services.GetRequiredService<ObjectStoreResolver>(), services.GetRequiredService<TimeProvider>())),
        Activity(slots, services => new PublishJobEventActivity(services.GetRequiredService<IJobEventPublisher>(), services.GetRequiredService<ObjectStoreResolver>())),
        Activity(slots, services => new EvaluateSuiteActivity(
            services.GetRequiredService<SuitePipelineRunner>(), services.GetRequiredService<ObjectStoreResolver>(), services.GetRequiredService<IOptions<EvaluationOptions>>())),
    ];

    private static KeyValuePair<string, Func<IServiceProvider, ITaskActivity>> Activity<T>(SemaphoreSlim? slots, Func<IServiceProvider, T> create)
        where T : ITaskActivity =>
        new(typeof(T).Name, services => slots is null ? create(services) : new SlottedActivity(create(services), slots));
}
