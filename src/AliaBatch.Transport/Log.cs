using Microsoft.Extensions.Logging;

namespace AliaBatch.Transport;

/// <summary>The transport's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7000, Level = LogLevel.Warning, Message = "Batch message {MessageId} dead-lettered after {DeliveryCount} deliveries: {Reason}: {Description}")]
    public static partial void BatchDeadLettered(ILogger logger, string messageId, string reason, string description, int deliveryCount);

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Lost the lock on batch message {MessageId} (delivery {DeliveryCount}); it will be delivered again")]
    public static partial void BatchLockLost(ILogger logger, string messageId, int deliveryCount);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Renewing the lock on batch message {MessageId} failed; retrying at the next interval")]
    public static partial void LockRenewalFailed(ILogger logger, Exception exception, string messageId);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "Stopped renewing the lock on batch message {MessageId} after {MaxLockRenewalDuration}")]
    public static partial void LockRenewalStopped(ILogger logger, string messageId, TimeSpan maxLockRenewalDuration);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Warning, Message = "Queue message {MessageId} set aside without processing: {Reason}: {Description}")]
    public static partial void MessageSetAside(ILogger logger, string messageId, string reason, string description);
}
