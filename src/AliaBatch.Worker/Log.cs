using AliaBatch.Inference.Sessions;
using AliaBatch.Transport;

namespace AliaBatch.Worker;

/// <summary>The worker's log messages (event ids 7500-7599).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7500, Level = LogLevel.Information, Message = "Worker starting: execution provider {ExecutionProvider}, CUDA device {DeviceId}, GPU required {RequireGpu}, transport {Transport}, {ConcurrentBatches} receive loop(s)")]
    public static partial void Starting(ILogger logger, ExecutionProviderKind executionProvider, int deviceId, bool requireGpu, TransportKind transport, int concurrentBatches);

    [LoggerMessage(EventId = 7501, Level = LogLevel.Information, Message = "Model pack {PackId} ({Version}) loaded and warmed up on {ExecutionProvider}")]
    public static partial void ModelWarmedUp(ILogger logger, string packId, string version, ExecutionProviderKind executionProvider);

    [LoggerMessage(EventId = 7502, Level = LogLevel.Critical, Message = "Model pack {PackId} is unavailable, the worker cannot start: {Problem}")]
    public static partial void ModelPackUnavailable(ILogger logger, string packId, string problem);

    [LoggerMessage(EventId = 7503, Level = LogLevel.Information, Message = "Worker ready: {PackCount} model pack(s) warm in {CacheFolder}; receiving batches")]
    public static partial void Ready(ILogger logger, int packCount, string cacheFolder);

    [LoggerMessage(EventId = 7504, Level = LogLevel.Critical, Message = "The worker failed to start")]
    public static partial void StartupFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7505, Level = LogLevel.Information, Message = "Received batch {MessageId} (delivery {DeliveryCount}, queued {QueueWait} ago)")]
    public static partial void BatchReceived(ILogger logger, string messageId, int deliveryCount, TimeSpan queueWait);

    [LoggerMessage(EventId = 7506, Level = LogLevel.Warning, Message = "Holding batch {MessageId} for {Hold} before processing (AliaBatch:Worker:HoldAfterReceive)")]
    public static partial void BatchHeld(ILogger logger, string messageId, TimeSpan hold);

    [LoggerMessage(EventId = 7507, Level = LogLevel.Information, Message = "Batch {MessageId}: {Disposition}, {Documents} document(s) in {Duration}")]
    public static partial void BatchHandled(ILogger logger, string messageId, string disposition, int documents, TimeSpan duration);

    [LoggerMessage(EventId = 7508, Level = LogLevel.Information, Message = "Stopping: no new batches; the batch in hand has {Grace} to finish before it is abandoned")]
    public static partial void Stopping(ILogger logger, TimeSpan grace);

    [LoggerMessage(EventId = 7509, Level = LogLevel.Critical, Message = "Receive loop {Loop} failed")]
    public static partial void LoopFailed(ILogger logger, Exception exception, int loop);

    [LoggerMessage(EventId = 7510, Level = LogLevel.Information, Message = "GPU memory metric not recorded: {Reason}")]
    public static partial void GpuMetricUnavailable(ILogger logger, string reason);
}
