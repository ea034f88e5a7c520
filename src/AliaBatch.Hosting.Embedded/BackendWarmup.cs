using System.Text.Json;
using AliaBatch.Orchestration.Dispatch;
using AliaBatch.Orchestration.Payloads;
using Microsoft.Extensions.DependencyInjection;

namespace AliaBatch.Hosting.Embedded;

/// <summary>
/// Work that the backend's first job would otherwise do on its critical path, done on a pool thread while the job is
/// scheduled and its first orchestrations run (the start-up of a job leaves the other cores idle): the JSON metadata of
/// the orchestrations' payload types, which is otherwise built by reflection the first time a payload of each type is
/// sent, then the singletons behind a batch activity (<see cref="BatchProcessor"/> and the pipeline it runs), otherwise
/// built when the first batch starts.
/// </summary>
internal static class BackendWarmup
{
    /// <summary>The public records of <c>AliaBatch.Orchestration.Payloads</c>: every input, output and status the orchestrations pass.</summary>
    public static IEnumerable<Type> PayloadTypes =>
        typeof(BatchJob).Assembly.GetExportedTypes().Where(t => t.Namespace == typeof(BatchJob).Namespace && t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false });

    /// <summary>
    /// Starts building the metadata in <paramref name="options"/>' cache, then resolving the batch services from
    /// <paramref name="services"/>; the caller need not wait for it. A service that cannot be built fails here unseen and
    /// again, with its context, when the first batch needs it.
    /// </summary>
    public static Task Start(JsonSerializerOptions options, IServiceProvider services) => Task.Run(() =>
    {
        foreach (var type in PayloadTypes)
        {
            options.GetTypeInfo(type);
        }

        services.GetService<BatchProcessor>();
    });
}
