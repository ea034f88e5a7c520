using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Payloads;

namespace AliaBatch.Orchestration.Dispatch;

/// <summary>Counting and committing batch manifests, shared by the processor and the activity that fails undeliverable batches.</summary>
internal static class BatchManifests
{
    /// <summary>Outcome counts of a batch's documents, from their document index lines.</summary>
    public static BatchCounts Count(IReadOnlyList<BatchDocument> documents)
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

    /// <summary>
    /// Writes the manifest only if none exists (create-only), and returns the manifest in storage: this one, or the one a
    /// concurrent processor or the orchestration's failure verdict committed first. The first manifest wins, so what
    /// the orchestration counted never changes behind its back.
    /// </summary>
    public static async Task<BatchManifest> CommitAsync(IObjectStore results, string path, BatchManifest manifest, CancellationToken cancellationToken)
    {
        try
        {
            await results.WriteJsonAsync(path, manifest, ObjectWriteOptions.CreateNew with { ContentType = "application/json" }, cancellationToken);
            return manifest;
        }
        catch (ObjectAlreadyExistsException)
        {
            return await results.ReadJsonOrDefaultAsync<BatchManifest>(path, cancellationToken)
                ?? throw new InvalidOperationException($"Batch manifest {path} exists but could not be read back.");
        }
    }
}
