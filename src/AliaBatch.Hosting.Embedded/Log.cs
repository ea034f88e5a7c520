using Microsoft.Extensions.Logging;

namespace AliaBatch.Hosting.Embedded;

/// <summary>The embedded host's log messages (event ids 2100-2199).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Debug, Message = "Embedded Durable Task backend started")]
    public static partial void BackendStarted(this ILogger logger);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Job {JobId} scheduled as orchestration {InstanceId}")]
    public static partial void JobScheduled(this ILogger logger, string jobId, string instanceId);
}
