using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Payloads;

namespace AliaBatch.Orchestration.Dispatch;

/// <summary>
/// Groups a page of documents into batches. The planner is deliberately simple: source bytes stand in for tokens,
/// documents are sorted by size so a batch holds documents of similar length (a length bucket), and a batch closes
/// when it reaches <see cref="BatchLimits.MaxDocumentsPerBatch"/> documents or would pass
/// <see cref="BatchLimits.MaxBytesPerBatch"/> bytes; a document larger than the byte budget gets a batch of its own.
/// </summary>
public static class BatchPlanner
{
    // Plan writes are small and each waits on its own flush: overlap them.
    private const int ConcurrentWrites = 16;

    /// <summary>The batches for <paramref name="documents"/>, numbered from <paramref name="firstSequence"/>.</summary>
    public static IReadOnlyList<BatchPlan> Plan(IReadOnlyList<ObjectInfo> documents, int firstSequence, BatchLimits limits)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(limits);
        var batches = new List<BatchPlan>();
        var current = new List<ObjectInfo>();
        long bytes = 0;
        foreach (var document in documents.OrderBy(d => d.Size).ThenBy(d => d.Path, StringComparer.Ordinal))
        {
            var full = current.Count == limits.MaxDocumentsPerBatch
                || (current.Count > 0 && bytes + document.Size > limits.MaxBytesPerBatch);
            if (full)
            {
                batches.Add(new BatchPlan(BatchPlan.IdFor(firstSequence + batches.Count), current));
                current = [];
                bytes = 0;
            }

            current.Add(document);
            bytes += document.Size;
        }

        if (current.Count > 0)
        {
            batches.Add(new BatchPlan(BatchPlan.IdFor(firstSequence + batches.Count), current));
        }

        return batches;
    }

    /// <summary>
    /// Writes each plan of <paramref name="job"/> to <paramref name="store"/>, the job's <see cref="BatchJob.PlanStore"/>
    /// (<see cref="BatchPlans"/>), and returns references,
    /// so the orchestrations that fan the batches out replay ids instead of document lists.
    /// </summary>
    public static async Task<IReadOnlyList<BatchPlan>> StoreAsync(IObjectStore store, BatchJob job, IReadOnlyList<BatchPlan> plans, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(plans);
        await Parallel.ForEachAsync(
            plans,
            new ParallelOptions { MaxDegreeOfParallelism = ConcurrentWrites, CancellationToken = cancellationToken },
            async (plan, token) => await BatchPlans.WriteAsync(store, new ProcessBatchInput(job, plan), token));
        return [.. plans.Select(plan => plan.ToReference())];
    }
}
