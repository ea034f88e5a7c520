using Microsoft.Extensions.Logging;

namespace AliaBatch.Hosting.Local;

/// <summary>The durable local host's log messages (event ids 2200-2299).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2200, Level = LogLevel.Information, Message = "Task hub {TaskHubName} running on the Durable Task Azure Storage backend")]
    public static partial void TaskHubStarted(this ILogger logger, string taskHubName);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "Task hub {TaskHubName} stopped")]
    public static partial void TaskHubStopped(this ILogger logger, string taskHubName);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Information, Message = "Watching container {Container} for drops every {PollInterval}; results and rejections go to {Results}")]
    public static partial void WatchingIncoming(this ILogger logger, string container, TimeSpan pollInterval, string results);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Information, Message = "Watching queue {Queue} for job requests; rejected messages go to {PoisonQueue}")]
    public static partial void WatchingAgencyQueue(this ILogger logger, string queue, string poisonQueue);

    [LoggerMessage(EventId = 2204, Level = LogLevel.Information, Message = "Drop {Path} started job orchestration {InstanceId} (already started: {AlreadyStarted})")]
    public static partial void DropStarted(this ILogger logger, string path, string instanceId, bool alreadyStarted);

    [LoggerMessage(EventId = 2205, Level = LogLevel.Warning, Message = "Drop {Path} rejected; reason written to {Record}")]
    public static partial void DropRecorded(this ILogger logger, string path, string record);

    [LoggerMessage(EventId = 2206, Level = LogLevel.Warning, Message = "Drop {Path} could not be started; trying again at the next poll")]
    public static partial void DropFailed(this ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 2207, Level = LogLevel.Warning, Message = "Listing container {Container} failed; trying again at the next poll")]
    public static partial void IncomingPollFailed(this ILogger logger, string container, Exception exception);

    [LoggerMessage(EventId = 2208, Level = LogLevel.Information, Message = "Message {MessageId} started job orchestration {InstanceId} (already started: {AlreadyStarted})")]
    public static partial void MessageStarted(this ILogger logger, string messageId, string instanceId, bool alreadyStarted);

    [LoggerMessage(EventId = 2209, Level = LogLevel.Warning, Message = "Message {MessageId} rejected; reason written to {Record}, message moved to {PoisonQueue}")]
    public static partial void MessageRecorded(this ILogger logger, string messageId, string record, string poisonQueue);

    [LoggerMessage(EventId = 2210, Level = LogLevel.Warning, Message = "Message {MessageId} could not be started (delivery {DequeueCount}); it will be delivered again")]
    public static partial void MessageFailed(this ILogger logger, string messageId, long dequeueCount, Exception exception);

    [LoggerMessage(EventId = 2211, Level = LogLevel.Error, Message = "Message {MessageId} failed {DequeueCount} deliveries; moved to {PoisonQueue}")]
    public static partial void MessagePoisoned(this ILogger logger, string messageId, long dequeueCount, string poisonQueue);

    [LoggerMessage(EventId = 2212, Level = LogLevel.Warning, Message = "Receiving from queue {Queue} failed; trying again at the next poll")]
    public static partial void QueuePollFailed(this ILogger logger, string queue, Exception exception);
}
