using Microsoft.Extensions.Logging;

namespace AliaBatch.Orchestration;

/// <summary>Log messages of job intake (event ids 2050-2069).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2050, Level = LogLevel.Information, Message = "Job {JobId} started as {InstanceId} on {Host}")]
    public static partial void JobStarted(this ILogger logger, string jobId, string instanceId, string host);

    [LoggerMessage(EventId = 2051, Level = LogLevel.Information, Message = "Job orchestration {InstanceId} already exists: duplicate start ignored")]
    public static partial void JobAlreadyStarted(this ILogger logger, string instanceId);

    [LoggerMessage(EventId = 2052, Level = LogLevel.Debug, Message = "Blob {Path} is not a drop: {Reason}")]
    public static partial void DropIgnored(this ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 2053, Level = LogLevel.Warning, Message = "Drop {DropId} rejected ({Code}): {Reason}")]
    public static partial void DropRejected(this ILogger logger, string dropId, string code, string reason);

    [LoggerMessage(EventId = 2054, Level = LogLevel.Warning, Message = "Agency message {MessageId} rejected ({Code}) at {Pointer}: {Reason}")]
    public static partial void AgencyJobRejected(this ILogger logger, string messageId, string code, string pointer, string reason);
}
