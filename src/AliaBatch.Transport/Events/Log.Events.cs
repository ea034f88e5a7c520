using Microsoft.Extensions.Logging;

namespace AliaBatch.Transport;

/// <summary>The job event log messages (event ids 7100-7199).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7100, Level = LogLevel.Information, Message = "Job event {Type} for {Subject}: {Status} (event {EventId}); results at {ResultLocations}")]
    public static partial void JobEventPublished(ILogger logger, string type, string subject, string status, string eventId, IReadOnlyList<string> resultLocations);
}
