using Microsoft.Extensions.Logging;

namespace AliaBatch.Inference;

internal static partial class Log
{
    [LoggerMessage(EventId = 4200, Level = LogLevel.Information, Message = "Model pack {PackId}: downloaded and verified {File} ({Size} bytes)")]
    public static partial void PackFileDownloaded(ILogger logger, string packId, string file, long size);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Debug, Message = "Model pack {PackId}: cached {File} verifies, not downloaded")]
    public static partial void PackFileCached(ILogger logger, string packId, string file);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Information,
        Message = "Model pack {PackId} from {Source} ready in {Folder}: {Downloaded} files downloaded, {Cached} from the cache")]
    public static partial void PackLoaded(ILogger logger, string packId, string source, string folder, int downloaded, int cached);
}
