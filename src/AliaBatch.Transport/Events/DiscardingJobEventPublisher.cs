namespace AliaBatch.Transport.Events;

/// <summary>Drops every event: <c>AliaBatch:Events:Kind</c> = None.</summary>
internal sealed class DiscardingJobEventPublisher : IJobEventPublisher
{
    public Task PublishAsync(JobEvent jobEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobEvent);
        return Task.CompletedTask;
    }
}
