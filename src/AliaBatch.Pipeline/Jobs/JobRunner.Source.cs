using AliaBatch.Core.Jobs;
using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;

namespace AliaBatch.Pipeline.Jobs;

public sealed partial class JobRunner
{
    /// <summary>The job's documents, with paths relative to the source prefix (a folder).</summary>
    private static async Task<IReadOnlyList<ObjectInfo>> ListSourceAsync(JobSource jobSource, IObjectStore source, CancellationToken cancellationToken)
    {
        if (jobSource.Documents is { } explicitDocuments)
        {
            var listed = new List<ObjectInfo>(explicitDocuments.Count);
            foreach (var document in explicitDocuments.Distinct(StringComparer.Ordinal))
            {
                var path = ObjectPath.Normalize(document);
                // A listed document that does not exist still gets a (failed) result: nothing asked for is lost silently.
                listed.Add(await source.GetInfoAsync(path, cancellationToken) ?? new ObjectInfo(path, 0, string.Empty, default));
            }

            return listed;
        }

        var documents = new List<ObjectInfo>();
        await foreach (var info in source.ListAsync(cancellationToken: cancellationToken))
        {
            if (!ResultLayout.IsIgnoredSource(info.Path))
            {
                documents.Add(info);
            }
        }

        return documents;
    }

    private static async Task<string> ResolveJobIdAsync(JobRequest request, IObjectStore results, CancellationToken cancellationToken)
    {
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
    /// Keeps the results of an earlier run of the same job when the policy allows, every result of the source object
    /// succeeded, and the source has not changed since (same ETag).
    /// </summary>
    private static async Task<bool> TryReuseAsync(RunState run, ObjectInfo document, CancellationToken cancellationToken)
    {
        if (run.Request.Options.Overwrite != OverwritePolicy.Skip)
        {
            return false;
        }

        var existing = new List<DocumentResult>();
        var single = await run.Results.ReadJsonOrDefaultAsync<DocumentResult>(ResultLayout.Result(run.JobId, document.Path), cancellationToken);
        if (single is not null)
        {
            existing.Add(single);
        }
        else
        {
            // JSONL records live under {jobId}/{file}/{recordId}.json.
            await foreach (var info in run.Results.ListAsync(ObjectPath.Combine(run.JobId, document.Path) + "/", cancellationToken))
            {
                if (info.Path.EndsWith(".json", StringComparison.Ordinal)
                    && await run.Results.ReadJsonOrDefaultAsync<DocumentResult>(info.Path, cancellationToken) is { } record)
                {
                    existing.Add(record);
                }
            }
        }

        if (existing.Count == 0
            || existing.Any(r => r.Status is not (DocumentStatus.Succeeded or DocumentStatus.Skipped))
            || existing.Any(r => !string.Equals(r.Source.ETag, document.ETag, StringComparison.Ordinal)))
        {
            return false;
        }

        foreach (var result in existing)
        {
            run.Ledger.Record(result, reused: true);
        }

        return await Task.FromResult(true);
    }
}
