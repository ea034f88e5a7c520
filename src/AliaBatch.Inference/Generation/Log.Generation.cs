using AliaBatch.Inference.Sessions;
using Microsoft.Extensions.Logging;

namespace AliaBatch.Inference;

internal static partial class Log
{
    [LoggerMessage(EventId = 4310, Level = LogLevel.Information,
        Message = "Decoder {ModelPath} on {ExecutionProvider} decodes through {Path}")]
    public static partial void DecoderPath(ILogger logger, string modelPath, ExecutionProviderKind executionProvider, string path);
}
