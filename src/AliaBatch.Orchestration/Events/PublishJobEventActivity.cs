using AliaBatch.Orchestration.Stores;
using AliaBatch.Transport.Events;
using Microsoft.DurableTask;

namespace AliaBatch.Orchestration.Events;

/// <summary>
/// Publishes a job or evaluation event through the configured <see cref="IJobEventPublisher"/>, with the result paths
/// made full locations of their store. Retried by the orchestrator; a retry sends the same event id, which the Service
/// Bus topic's duplicate detection and consumers use to drop the repeat.
/// </summary>
public sealed class PublishJobEventActivity(IJobEventPublisher publisher, ObjectStoreResolver stores) : TaskActivity<PublishJobEventInput, string>
{
    /// <inheritdoc />
    public override async Task<string> RunAsync(TaskActivityContext context, PublishJobEventInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var jobEvent = input.Event;
        if (input.Results is { } results)
        {
            var location = stores.Resolve(results).Location.TrimEnd('/');
            jobEvent = jobEvent with { ResultLocations = [.. jobEvent.ResultLocations.Select(p => $"{location}/{p.TrimStart('/')}")] };
        }

        await publisher.PublishAsync(jobEvent);
        return jobEvent.Id;
    }
}
