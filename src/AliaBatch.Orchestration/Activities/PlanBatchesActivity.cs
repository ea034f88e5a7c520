using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Dispatch;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Orchestration.Stores;
using Microsoft.DurableTask;

namespace AliaBatch.Orchestration.Activities;

/// <summary>
/// Groups a page of documents into batches. The planner is deliberately simple: source bytes stand in for tokens,
/// documents are sorted by size so a batch holds documents of similar length (a length bucket), and a batch closes
/// when it reaches <see cref="BatchLimits.MaxDocumentsPerBatch"/> documents or would pass
/// <see cref="BatchLimits.MaxBytesPerBatch"/> bytes; a document larger than the byte budget gets a batch of its own.
/// Given the job, it writes each plan to the results store and returns references, so the orchestrations that fan the
/// batches out replay ids instead of document lists (see <see cref="BatchPlans"/>).
/// </summary>
public sealed class PlanBatchesActivity(ObjectStoreResolver stores) : TaskActivity<PlanBatchesInput, IReadOnlyList<BatchPlan>>
{
    // Plan writes are small and each waits on its own flush: overlap them.
    private const int ConcurrentWrites = 16;

    /// <inheritdoc />
    public override async Task<IReadOnlyList<BatchPlan>> RunAsync(TaskActivityContext context, PlanBatchesInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var plans = Plan(input.Documents, input.FirstSequence, input.Limits);
        if (input.Job is not { } job)
        {
            return plans;
        }

        var results = stores.Resolve(job.Results);
        await Parallel.ForEachAsync(
            plans,
            new ParallelOptions { MaxDegreeOfParallelism = ConcurrentWrites },
            async (plan, cancellationToken) => await BatchPlans.WriteAsync(results, new ProcessBatchInput(job, plan), cancellationToken));
        return [.. plans.Select(plan => plan.ToReference())];
    }

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
}
