using Microsoft.Extensions.Logging;

namespace AliaBatch.Transport.Events;

/// <summary>Writes events to the log only: the embedded host's default, where nothing else listens.</summary>
/// <param name="logger">The log.</param>
public sealed class LogJobEventPublisher(ILogger<LogJobEventPublisher> logger) : IJobEventPublisher
{
    /// <inheritdoc />
    public Task PublishAsync(JobEvent jobEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobEvent);
        Log.JobEventPublished(logger, jobEvent.Type, jobEvent.Subject, jobEvent.Status, jobEvent.Id, jobEvent.ResultLocations);
        return Task.CompletedTask;
    }
}
