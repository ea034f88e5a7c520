using AliaBatch.Inference.Sessions;
using Microsoft.Extensions.Logging;

namespace AliaBatch.Inference;

internal static partial class Log
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Warning,
        Message = "CUDA execution provider on device {DeviceId} is unavailable for {ModelPath}; falling back to the CPU: {Reason}")]
    public static partial void CudaFallback(ILogger logger, int deviceId, string modelPath, string reason);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information,
        Message = "Loaded ONNX model {ModelPath} on {ExecutionProvider} ({InputCount} inputs, {OutputCount} outputs)")]
    public static partial void ModelLoaded(ILogger logger, string modelPath, ExecutionProviderKind executionProvider, int inputCount, int outputCount);
}
