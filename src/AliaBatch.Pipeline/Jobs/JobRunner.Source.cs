using AliaBatch.Core.Jobs;
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

    /// <summary>
    /// Keeps the results of an earlier run of the same job when the policy allows, every result of the source object
    /// succeeded, and the source has not changed since (same ETag).
    /// </summary>
    private static async Task<bool> TryReuseAsync(RunState run, ObjectInfo document, CancellationToken cancellationToken)
    {
        var existing = await JobOutputs.ReadReusableAsync(run.Results, run.JobId, run.Request.Options.Overwrite, document, cancellationToken);
        if (existing is null)
        {
            return false;
        }

        foreach (var result in existing)
        {
            run.Ledger.Record(result, reused: true);
        }

        return true;
    }
}
