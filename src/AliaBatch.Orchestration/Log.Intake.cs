using Microsoft.Extensions.Logging;

namespace AliaBatch.Orchestration;

/// <summary>Log messages of job intake (event ids 2050-2069).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2050, Level = LogLevel.Information, Message = "Job {JobId} started as {InstanceId} on {Host}")]
    public static partial void JobStarted(this ILogger logger, string jobId, string instanceId, string host);

    [LoggerMessage(EventId = 2051, Level = LogLevel.Information, Message = "Job orchestration {InstanceId} already exists: duplicate start ignored")]
    public static partial void JobAlreadyStarted(this ILogger logger, string instanceId);
}
