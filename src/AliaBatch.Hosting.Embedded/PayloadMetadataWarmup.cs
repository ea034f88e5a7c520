using System.Text.Json;
using AliaBatch.Orchestration.Payloads;

namespace AliaBatch.Hosting.Embedded;

/// <summary>
/// Builds the JSON metadata of the orchestrations' payload types on a pool thread while the host starts. Each type's
/// metadata is otherwise built by reflection the first time a payload of it is sent, on the path to the first batch,
/// while the start-up of a job leaves the other cores idle.
/// </summary>
internal static class PayloadMetadataWarmup
{
    /// <summary>The public records of <c>AliaBatch.Orchestration.Payloads</c>: every input, output and status the orchestrations pass.</summary>
    public static IEnumerable<Type> PayloadTypes =>
        typeof(BatchJob).Assembly.GetExportedTypes().Where(t => t.Namespace == typeof(BatchJob).Namespace && t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false });

    /// <summary>Starts building the metadata in <paramref name="options"/>' cache; the caller need not wait for it.</summary>
    public static Task Start(JsonSerializerOptions options) => Task.Run(() =>
    {
        foreach (var type in PayloadTypes)
        {
            options.GetTypeInfo(type);
        }
    });
}
