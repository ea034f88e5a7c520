using AliaBatch.Orchestration.Dispatch;
using AliaBatch.Orchestration.Evaluation;
using AliaBatch.Orchestration.Intake;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Storage;
using AliaBatch.Transport;
using AliaBatch.Transport.Events;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AliaBatch.Orchestration;

/// <summary>Registers the job orchestrations with a Durable Task worker and their services with a container.</summary>
public static class OrchestrationServiceCollectionExtensions
{
    /// <summary>
    /// Adds the services the activities need (<see cref="ObjectStoreResolver"/>, a <see cref="TimeProvider"/>, the batch
    /// transport of <c>AddAliaBatchTransport()</c>, <see cref="BatchProcessor"/> and <see cref="BatchConsumer"/>) and
    /// <see cref="OrchestrationOptions"/> bound from configuration and validated at start. The document pipeline
    /// itself comes from <c>AddAliaBatchPipeline()</c>.
    /// </summary>
    public static IServiceCollection AddAliaBatchOrchestration(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<OrchestrationOptions>().BindConfiguration(OrchestrationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ObjectStoreResolver>();
        services.AddAliaBatchJobEvents();
        services.AddOptions<EvaluationOptions>().BindConfiguration(EvaluationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<SuitePipelineRunner>();
        services.TryAddSingleton<JobStarter>();
        services.AddAliaBatchTransport();
        services.TryAddSingleton<BatchProcessor>();
        services.TryAddSingleton<BatchConsumer>();
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<DropIntake>();
        services.TryAddSingleton<AgencyJobIntake>();
        return services;
    }

    /// <summary>
    /// Adds every AliaBatch orchestrator and activity (<see cref="AliaBatchTasks"/>) to an SDK worker's registry: the same
    /// classes in every host. Activities get their services from the worker's container, or from
    /// <paramref name="activityServices"/> when the worker runs in a container of its own. With
    /// <paramref name="activitySlots"/>, an activity runs only while it holds a slot: for a worker that takes more
    /// activities than it should run at once, so the next one is already here, its input read, when a slot frees.
    /// </summary>
    public static DurableTaskRegistry AddAliaBatchTasks(this DurableTaskRegistry registry, IServiceProvider? activityServices = null, SemaphoreSlim? activitySlots = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        foreach (var (name, create) in AliaBatchTasks.Orchestrators)
        {
            registry.AddOrchestrator(name, create);
        }

        foreach (var (name, create) in AliaBatchTasks.Activities(activitySlots))
        {
            registry.AddActivity(name, sp => create(activityServices ?? sp));
        }

        return registry;
    }
}
