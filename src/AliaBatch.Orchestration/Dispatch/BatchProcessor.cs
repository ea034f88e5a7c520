using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Pipeline.Jobs;
using Microsoft.Extensions.Logging;

namespace AliaBatch.Orchestration.Dispatch;

/// <summary>
/// Does one batch's work wherever it runs (an activity in inline mode, a <see cref="BatchConsumer"/> behind a transport):
/// keeps results an earlier run finished, runs the pipeline on the rest, writes each result, and writes the batch manifest
/// last. Idempotent under at-least-once delivery: when the manifest exists the batch is done and the manifest is returned
/// untouched; a redelivery after a crash mid-batch reuses the results that were already committed; a document that fails
/// fails alone.
/// </summary>
public sealed class BatchProcessor(
    DocumentProcessor processor,
    ObjectStoreResolver stores,
    TimeProvider timeProvider,
    ILogger<BatchProcessor> logger)
{
    /// <summary>Processes <paramref name="batch"/> of <paramref name="job"/> and returns its manifest (the existing one when it was done already).</summary>
    public async Task<BatchManifest> ProcessAsync(BatchJob job, BatchPlan batch, CancellationToken cancellationToken = default) =>
        (await RunAsync(job, batch, cancellationToken)).Manifest;

    /// <summary>As <see cref="ProcessAsync"/>, with the tokens the models read and wrote for this batch.</summary>
    internal async Task<ProcessedBatch> RunAsync(BatchJob job, BatchPlan batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(batch);
        var results = stores.Resolve(job.Results);
        var manifestPath = BatchLayout.Manifest(job.JobId, job.RunId, batch.BatchId);
        if (await results.ReadJsonOrDefaultAsync<BatchManifest>(manifestPath, cancellationToken) is { } done)
        {
            logger.BatchAlreadyDone(job.JobId, batch.BatchId);
            return new ProcessedBatch(done, AlreadyDone: true, 0, 0);
        }

        var source = stores.Resolve(job.Source);
        var documents = new List<BatchDocument>(batch.Documents.Count);
        long tokensIn = 0, tokensOut = 0;
        foreach (var document in batch.Documents)
        {
            var (outcome, usage) = await ProcessDocumentAsync(job, source, results, document, cancellationToken);
            documents.Add(outcome);
            tokensIn += usage.In;
            tokensOut += usage.Out;
        }

        var manifest = new BatchManifest(job.JobId, job.RunId, batch.BatchId, BatchManifests.Count(documents), documents);
        var committed = await BatchManifests.CommitAsync(results, manifestPath, manifest, cancellationToken);
        return new ProcessedBatch(committed, AlreadyDone: !ReferenceEquals(committed, manifest), tokensIn, tokensOut);
    }

    private async Task<(BatchDocument Outcome, (long In, long Out) Usage)> ProcessDocumentAsync(
        BatchJob job, IObjectStore source, IObjectStore results, ObjectInfo document, CancellationToken cancellationToken)
    {
        if (await JobOutputs.ReadReusableAsync(results, job.JobId, job.Overwrite, document, cancellationToken) is { } kept)
        {
            return (new BatchDocument(document.Path, true, [.. kept.SelectMany(JobOutputs.IndexLines)]), (0, 0));
        }

        IReadOnlyList<ProcessedDocument> processed;
        try
        {
            processed = await processor.ProcessAsync(job.JobId, job.Tasks, source, document, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.DocumentCrashed(exception, job.JobId, document.Path);
            processed = [JobOutputs.Crashed(job.JobId, document, exception, timeProvider.GetUtcNow())];
        }

        var lines = new List<IndexLine>();
        long tokensIn = 0, tokensOut = 0;
        foreach (var item in processed)
        {
            await JobOutputs.WriteDocumentAsync(results, job.JobId, item, cancellationToken);
            if (item.Result.Error is { } error)
            {
                logger.DocumentFailed(job.JobId, item.Result.Source.Path, error.Code, error.Message);
            }

            lines.AddRange(JobOutputs.IndexLines(item.Result));
            tokensIn += item.Result.Provenance.Sum(p => (long)(p.TokensIn ?? 0));
            tokensOut += item.Result.Provenance.Sum(p => (long)(p.TokensOut ?? 0));
        }

        return (new BatchDocument(document.Path, false, lines), (tokensIn, tokensOut));
    }
}
