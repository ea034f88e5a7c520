using System.Collections.Concurrent;
using AliaBatch.Transport.Events;

namespace AliaBatch.Orchestration.Tests.Events;

/// <summary>A publisher that keeps every event it is given, in order.</summary>
internal sealed class RecordingJobEventPublisher : IJobEventPublisher
{
    private readonly ConcurrentQueue<JobEvent> _published = new();

    public IReadOnlyList<JobEvent> Published => [.. _published];

    public Task PublishAsync(JobEvent jobEvent, CancellationToken cancellationToken = default)
    {
        _published.Enqueue(jobEvent);
        return Task.CompletedTask;
    }
}
