using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Pipeline.Jobs;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace AliaBatch.Orchestration.Activities;

/// <summary>
/// Processes one batch: keeps results an earlier run finished, runs the pipeline on the rest, writes each result, and
/// writes the batch manifest last. Idempotent under at-least-once delivery: when the manifest exists the batch is done
/// and its counts are returned without touching anything; a redelivery after a crash mid-batch reuses the results that
/// were already committed.
/// </summary>
public sealed class ProcessBatchActivity(
    DocumentProcessor processor,
    ObjectStoreResolver stores,
    TimeProvider timeProvider,
    ILogger<ProcessBatchActivity> logger) : TaskActivity<ProcessBatchInput, BatchCounts>
{
    /// <inheritdoc />
    public override async Task<BatchCounts> RunAsync(TaskActivityContext context, ProcessBatchInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var job = input.Job;
        var results = stores.Resolve(job.Results);
        var manifestPath = BatchLayout.Manifest(job.JobId, job.RunId, input.Batch.BatchId);
        if (await results.ReadJsonOrDefaultAsync<BatchManifest>(manifestPath) is { } done)
        {
            logger.BatchAlreadyDone(job.JobId, input.Batch.BatchId);
            return done.Counts;
        }

        var source = stores.Resolve(job.Source);
        var documents = new List<BatchDocument>(input.Batch.Documents.Count);
        foreach (var document in input.Batch.Documents)
        {
            documents.Add(await ProcessAsync(job, source, results, document));
        }

        var counts = Count(documents);
        await results.WriteJsonAsync(manifestPath, new BatchManifest(job.JobId, job.RunId, input.Batch.BatchId, counts, documents));
        return counts;
    }

    private async Task<BatchDocument> ProcessAsync(BatchJob job, IObjectStore source, IObjectStore results, ObjectInfo document)
    {
        if (await JobOutputs.ReadReusableAsync(results, job.JobId, job.Overwrite, document) is { } kept)
        {
            return new BatchDocument(document.Path, true, [.. kept.SelectMany(JobOutputs.IndexLines)]);
        }

        IReadOnlyList<ProcessedDocument> processed;
        try
        {
            processed = await processor.ProcessAsync(job.JobId, job.Tasks, source, document);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.DocumentCrashed(exception, job.JobId, document.Path);
            processed = [JobOutputs.Crashed(job.JobId, document, exception, timeProvider.GetUtcNow())];
        }

        var lines = new List<IndexLine>();
        foreach (var item in processed)
        {
            await JobOutputs.WriteDocumentAsync(results, job.JobId, item);
            if (item.Result.Error is { } error)
            {
                logger.DocumentFailed(job.JobId, item.Result.Source.Path, error.Code, error.Message);
            }

            lines.AddRange(JobOutputs.IndexLines(item.Result));
        }

        return new BatchDocument(document.Path, false, lines);
    }

    private static BatchCounts Count(List<BatchDocument> documents)
    {
        int succeeded = 0, failed = 0, skipped = 0, reused = 0, processed = 0;
        foreach (var document in documents)
        {
            foreach (var line in document.Lines.Where(l => l.Task == IndexLine.DocumentTask))
            {
                succeeded += line.Status == DocumentStatus.Succeeded ? 1 : 0;
                failed += line.Status == DocumentStatus.Failed ? 1 : 0;
                skipped += line.Status == DocumentStatus.Skipped ? 1 : 0;
                reused += document.Reused ? 1 : 0;
                processed += document.Reused ? 0 : 1;
            }
        }

        return new BatchCounts(documents.Count, succeeded, failed, skipped, reused, processed);
    }
}
