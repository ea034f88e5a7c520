using System.Text.Json;
using AliaBatch.Core.Serialization;
using AliaBatch.Orchestration;
using DurableTask.Core;
using Microsoft.DurableTask.Converters;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Logging;

namespace AliaBatch.Hosting.Embedded;

/// <summary>
/// Every AliaBatch task on a Durable Task Core <see cref="TaskHubWorker"/> in this process, straight over an
/// <see cref="IOrchestrationService"/>: the orchestrators and activities run through the SDK's shims (as its gRPC worker
/// runs them, failure details and carry-over of events on continue-as-new included), with no sidecar, gRPC or sockets
/// between the backend and the code. Inputs and outputs speak the <see cref="AliaBatchJson"/> dialect.
/// </summary>
public static class CoreWorkerHosting
{
    /// <summary>The data converter of every host: compact <see cref="AliaBatchJson"/> (<see cref="ConverterOptions"/>).</summary>
    public static JsonDataConverter Converter { get; } = new(ConverterOptions);

    /// <summary>The serializer options <see cref="Converter"/> uses, whose metadata cache the payloads fill.</summary>
    internal static JsonSerializerOptions ConverterOptions => AliaBatchJson.Compact;

    /// <summary>
    /// Starts a worker over <paramref name="service"/> (created if missing) with activities from
    /// <paramref name="appServices"/>; with <paramref name="activitySlots"/>, an activity runs only while it holds a slot.
    /// The service's <c>MaxConcurrentTaskActivityWorkItems</c> bounds the activities it takes at once.
    /// </summary>
    public static async Task<TaskHubWorker> StartWorkerAsync(
        IOrchestrationService service, IServiceProvider appServices, SemaphoreSlim? activitySlots, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(appServices);
        var shims = new DurableTaskShimFactory(new DurableTaskWorkerOptions { DataConverter = Converter }, loggerFactory);
        await service.CreateIfNotExistsAsync();
        var worker = new TaskHubWorker(service, loggerFactory)
        {
            // As the SDK's worker: a failed activity surfaces in the orchestrator as TaskFailedException with its details.
            ErrorPropagationMode = ErrorPropagationMode.UseFailureDetails,
        };
        worker.AddTaskOrchestrations([.. AliaBatchTasks.Orchestrators.Select(task => new OrchestratorShimCreator(task.Key, task.Value, shims))]);
        worker.AddTaskActivities([.. AliaBatchTasks.Activities(activitySlots).Select(task => new ActivityShimCreator(task.Key, task.Value, appServices, shims))]);
        await worker.StartAsync();
        return worker;
    }
}
