using AliaBatch.Core.Errors;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;

namespace AliaBatch.Pipeline.Jobs;

/// <summary>
/// The rules every host follows for a job's outputs: which job id a run writes to, which earlier results it may keep,
/// how a document's files are committed, what it contributes to <c>index.jsonl</c>, and the final job state. Shared by
/// <see cref="JobRunner"/> and the durable orchestrations so both hosts write the same layout.
/// </summary>
public static class JobOutputs
{
    /// <summary>The job id a run writes to: the request's (or derived) id, or the next free <c>.vN</c> under the version policy.</summary>
    public static async Task<string> ResolveJobIdAsync(JobRequest request, IObjectStore results, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(results);
        var jobId = JobIdentity.Resolve(request);
        if (request.Options.Overwrite != OverwritePolicy.Version)
        {
            return jobId;
        }

        for (var version = 1; ; version++)
        {
            var candidate = $"{jobId}.v{version}";
            if (await results.GetInfoAsync(ResultLayout.Manifest(candidate), cancellationToken) is null)
            {
                return candidate;
            }
        }
    }

    /// <summary>
    /// The results of an earlier run of the same job that can be kept, or null: kept when the policy is
    /// <see cref="OverwritePolicy.Skip"/>, every result of the source object succeeded (or was skipped), and the source
    /// has not changed since (same ETag).
    /// </summary>
    public static async Task<IReadOnlyList<DocumentResult>?> ReadReusableAsync(IObjectStore results, string jobId, OverwritePolicy overwrite, ObjectInfo document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(document);
        if (overwrite != OverwritePolicy.Skip)
        {
            return null;
        }

        var existing = new List<DocumentResult>();
        var single = await results.ReadJsonOrDefaultAsync<DocumentResult>(ResultLayout.Result(jobId, document.Path), cancellationToken);
        if (single is not null)
        {
            existing.Add(single);
        }
        else
        {
            // JSONL records live under {jobId}/{file}/{recordId}.json.
            await foreach (var info in results.ListAsync(ObjectPath.Combine(jobId, document.Path) + "/", cancellationToken))
            {
                if (info.Path.EndsWith(".json", StringComparison.Ordinal)
                    && await results.ReadJsonOrDefaultAsync<DocumentResult>(info.Path, cancellationToken) is { } record)
                {
                    existing.Add(record);
                }
            }
        }

        var reusable = existing.Count > 0
            && existing.All(r => r.Status is DocumentStatus.Succeeded or DocumentStatus.Skipped)
            && existing.All(r => string.Equals(r.Source.ETag, document.ETag, StringComparison.Ordinal));
        return reusable ? existing : null;
    }

    /// <summary>Writes a finished document: its translation files first, then its result, whose presence marks it done.</summary>
    public static async Task WriteDocumentAsync(IObjectStore results, string jobId, ProcessedDocument item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(item);
        var path = item.Result.Source.Path;
        foreach (var (target, text) in item.TranslationFiles)
        {
            await results.WriteTextAsync(ResultLayout.Translation(jobId, path, target), text, cancellationToken: cancellationToken);
        }

        await results.WriteJsonAsync(ResultLayout.Result(jobId, path), item.Result, cancellationToken: cancellationToken);
    }

    /// <summary>A failed result for a document whose processing threw unexpectedly.</summary>
    public static ProcessedDocument Crashed(string jobId, ObjectInfo document, Exception exception, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(exception);
        return new ProcessedDocument(
            new DocumentResult
            {
                JobId = jobId,
                Source = new SourceInfo(document.Path, document.ETag, null, document.Size, null),
                Status = DocumentStatus.Failed,
                Error = new DocumentError(ErrorCodes.Internal, $"{exception.GetType().Name}: {exception.Message}"),
                StartedAt = now,
                CompletedAt = now,
            },
            []);
    }

    /// <summary>The <c>index.jsonl</c> lines of one result: the document line, then one per translation target.</summary>
    public static IReadOnlyList<IndexLine> IndexLines(DocumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var path = result.Source.Path;
        var lines = new List<IndexLine>
        {
            new(path, IndexLine.DocumentTask, null, result.Status, ResultLayout.ResultInJob(path), result.Error),
        };
        foreach (var translation in result.Outputs.Translations ?? [])
        {
            lines.Add(new IndexLine(path, TaskNames.Translate, translation.Target.Value, translation.Status, translation.OutputPath, translation.Error));
        }

        return lines;
    }

    /// <summary>The index line of a document the job never processed because it was cancelled.</summary>
    public static IndexLine CancelledLine(string documentPath) =>
        new(documentPath, IndexLine.DocumentTask, null, DocumentStatus.Cancelled, null,
            new DocumentError(ErrorCodes.Cancelled, "The job was cancelled before this document was processed."));

    /// <summary>The final job state: cancelled, completed with errors when any document failed, else succeeded.</summary>
    public static JobStatus FinalStatus(JobCounts counts, bool cancelled)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return cancelled ? JobStatus.Cancelled
            : counts.Failed > 0 ? JobStatus.CompletedWithErrors
            : JobStatus.Succeeded;
    }
}
