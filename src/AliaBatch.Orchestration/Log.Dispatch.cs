using AliaBatch.Orchestration.Dispatch;
using Microsoft.Extensions.Logging;

namespace AliaBatch.Orchestration;

/// <summary>Batch dispatch messages (event ids 2050-2069).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2050, Level = LogLevel.Debug, Message = "Batch message {MessageId} received (delivery {DeliveryCount})")]
    public static partial void BatchReceived(this ILogger logger, string messageId, int deliveryCount);

    [LoggerMessage(EventId = 2051, Level = LogLevel.Information, Message = "Batch message {MessageId} {Disposition} {Reason}")]
    public static partial void BatchSettled(this ILogger logger, string messageId, BatchDisposition disposition, string reason);

    [LoggerMessage(EventId = 2052, Level = LogLevel.Warning, Message = "Batch message {MessageId} failed on delivery {DeliveryCount}; it is abandoned for another delivery")]
    public static partial void BatchFailed(this ILogger logger, Exception exception, string messageId, int deliveryCount);

    [LoggerMessage(EventId = 2053, Level = LogLevel.Warning, Message = "The lock on batch message {MessageId} was lost during processing ({Error}); it is left to its next holder")]
    public static partial void BatchLockLostWhileProcessing(this ILogger logger, string messageId, string error);

    [LoggerMessage(EventId = 2054, Level = LogLevel.Error, Message = "The batch consumer loop failed to receive or settle a batch; it goes on")]
    public static partial void ConsumerLoopFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2055, Level = LogLevel.Information, Message = "Batch {BatchId} of job {JobId} dispatched, attempt {Attempt}, deadline {Deadline:o}")]
    public static partial void BatchDispatched(this ILogger logger, string jobId, string batchId, int attempt, DateTimeOffset deadline);

    [LoggerMessage(EventId = 2056, Level = LogLevel.Warning, Message = "Batch {BatchId} of job {JobId} has no manifest after {Attempts} dispatches; its documents are failed as undeliverable")]
    public static partial void BatchUndeliverable(this ILogger logger, string jobId, string batchId, int attempts);

    [LoggerMessage(EventId = 2057, Level = LogLevel.Debug, Message = "Group {Group} of job {JobId}: {Pending} batches pending after {Polls} polls; continuing as new")]
    public static partial void GroupContinued(this ILogger logger, string jobId, string group, int pending, int polls);
}
