using Microsoft.Extensions.Logging;

namespace AliaBatch.Pipeline;

/// <summary>The pipeline's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Job {JobId} started: {Documents} source documents from {Source}, results in {Results}")]
    public static partial void JobStarted(this ILogger logger, string jobId, int documents, string source, string results);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Job {JobId} finished {Status}: {Succeeded} succeeded, {Failed} failed, {Processed} processed in this run, {Reused} kept from earlier runs")]
    public static partial void JobFinished(this ILogger logger, string jobId, Core.Results.JobStatus status, int succeeded, int failed, int processed, int reused);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Document {Document} of job {JobId} failed: {Code} {Reason}")]
    public static partial void DocumentFailed(this ILogger logger, string jobId, string document, string code, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Document {Document} of job {JobId} hit an unexpected error")]
    public static partial void DocumentCrashed(this ILogger logger, Exception exception, string jobId, string document);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Job {JobId} was cancelled with {Remaining} documents not processed")]
    public static partial void JobCancelled(this ILogger logger, string jobId, int remaining);
}
