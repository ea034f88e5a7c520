using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Orchestration.Stores;
using Microsoft.DurableTask;

namespace AliaBatch.Orchestration.Activities;

/// <summary>
/// Transport dispatch: which of a group's batches have a manifest (the source of truth that a batch is done, whoever
/// processed it), with their counts. Only reads.
/// </summary>
public sealed class CheckBatchesActivity(ObjectStoreResolver stores) : TaskActivity<CheckBatchesInput, IReadOnlyList<FinishedBatch>>
{
    /// <inheritdoc />
    public override async Task<IReadOnlyList<FinishedBatch>> RunAsync(TaskActivityContext context, CheckBatchesInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var job = input.Job;
        var results = stores.Resolve(job.Results);
        var manifests = await Task.WhenAll(input.BatchIds.Select(id =>
            results.ReadJsonOrDefaultAsync<BatchManifest>(BatchLayout.Manifest(job.JobId, job.RunId, id))));
        return [.. manifests.OfType<BatchManifest>().Select(m => new FinishedBatch(m.BatchId, m.Counts))];
    }
}
