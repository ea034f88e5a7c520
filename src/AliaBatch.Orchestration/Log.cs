using Microsoft.Extensions.Logging;

namespace AliaBatch.Orchestration;

/// <summary>The orchestration's log messages (event ids 2000-2099).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Job {JobId} run {RunId} started on {Host}")]
    public static partial void JobOrchestrationStarted(this ILogger logger, string jobId, string runId, string host);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Job {JobId} page {Page}: {Documents} source objects in {Batches} batches")]
    public static partial void PagePlanned(this ILogger logger, string jobId, int page, int documents, int batches);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Job {JobId} cancel requested: no further groups are dispatched")]
    public static partial void CancelReceived(this ILogger logger, string jobId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Job {JobId} finished {Status}: {Succeeded} succeeded, {Failed} failed, {Cancelled} cancelled, {Processed} processed in this run")]
    public static partial void JobOrchestrationFinished(this ILogger logger, string jobId, Core.Results.JobStatus status, int succeeded, int failed, int cancelled, int processed);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Debug, Message = "Batch {BatchId} of job {JobId} already has a manifest; not processed again")]
    public static partial void BatchAlreadyDone(this ILogger logger, string jobId, string batchId);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Document {Document} of job {JobId} failed: {Code} {Reason}")]
    public static partial void DocumentFailed(this ILogger logger, string jobId, string document, string code, string reason);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Error, Message = "Document {Document} of job {JobId} hit an unexpected error")]
    public static partial void DocumentCrashed(this ILogger logger, Exception exception, string jobId, string document);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Debug, Message = "Group {Group} of job {JobId}: {Batches} batches, {Sources} source objects done")]
    public static partial void GroupFinished(this ILogger logger, string jobId, string group, int batches, int sources);
}
