using AliaBatch.Core.Errors;
using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Dispatch;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Pipeline.Jobs;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace AliaBatch.Orchestration.Activities;

/// <summary>
/// Transport dispatch: the verdict on a batch that no dispatch got done (its messages were lost or dead-lettered). Writes
/// a failed result (<see cref="UndeliverableCode"/>) for each of its documents and the batch manifest, so the job still
/// completes, <c>CompletedWithErrors</c>. Results an earlier run finished are kept. The manifest is create-only: when a
/// late worker committed one first, that one stands and its counts are returned.
/// </summary>
public sealed class FailBatchActivity(ObjectStoreResolver stores, TimeProvider timeProvider, ILogger<FailBatchActivity> logger)
    : TaskActivity<FailBatchInput, BatchCounts>
{
    /// <summary>The error code of documents whose batch was never processed within its dispatch attempts.</summary>
    public const string UndeliverableCode = ErrorCodes.BatchUndeliverable;

    /// <inheritdoc />
    public override async Task<BatchCounts> RunAsync(TaskActivityContext context, FailBatchInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var job = input.Job;
        var results = stores.Resolve(job.Results);
        var manifestPath = BatchLayout.Manifest(job.JobId, job.RunId, input.Batch.BatchId);
        if (await results.ReadJsonOrDefaultAsync<BatchManifest>(manifestPath) is { } done)
        {
            return done.Counts;
        }

        var batch = await BatchPlans.ResolveAsync(stores.Resolve(job.PlanStore()), job, input.Batch);
        logger.BatchUndeliverable(job.JobId, batch.BatchId, input.Attempts);
        var error = new DocumentError(
            UndeliverableCode,
            $"Batch {batch.BatchId} was dispatched {input.Attempts} times and no worker finished it before its deadline; see the transport's dead-letter queue.");
        var documents = new List<BatchDocument>(batch.Documents.Count);
        foreach (var document in batch.Documents)
        {
            if (await JobOutputs.ReadReusableAsync(results, job.JobId, job.Overwrite, document) is { } kept)
            {
                documents.Add(new BatchDocument(document.Path, true, [.. kept.SelectMany(JobOutputs.IndexLines)]));
                continue;
            }

            var now = timeProvider.GetUtcNow();
            var result = new DocumentResult
            {
                JobId = job.JobId,
                Source = new SourceInfo(document.Path, document.ETag, null, document.Size, null),
                Status = DocumentStatus.Failed,
                Error = error,
                StartedAt = now,
                CompletedAt = now,
            };
            await JobOutputs.WriteDocumentAsync(results, job.JobId, new ProcessedDocument(result, []));
            documents.Add(new BatchDocument(document.Path, false, JobOutputs.IndexLines(result)));
        }

        var manifest = new BatchManifest(job.JobId, job.RunId, batch.BatchId, BatchManifests.Count(documents), documents);
        return (await BatchManifests.CommitAsync(results, manifestPath, manifest, CancellationToken.None)).Counts;
    }
}
