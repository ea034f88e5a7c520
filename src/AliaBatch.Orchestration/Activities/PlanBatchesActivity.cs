using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Payloads;
using Microsoft.DurableTask;

namespace AliaBatch.Orchestration.Activities;

/// <summary>
/// Groups a page of documents into batches. The planner is deliberately simple: source bytes stand in for tokens,
/// documents are sorted by size so a batch holds documents of similar length (a length bucket), and a batch closes
/// when it reaches <see cref="BatchLimits.MaxDocumentsPerBatch"/> documents or would pass
/// <see cref="BatchLimits.MaxBytesPerBatch"/> bytes; a document larger than the byte budget gets a batch of its own.
/// </summary>
public sealed class PlanBatchesActivity : TaskActivity<PlanBatchesInput, IReadOnlyList<BatchPlan>>
{
    /// <inheritdoc />
    public override Task<IReadOnlyList<BatchPlan>> RunAsync(TaskActivityContext context, PlanBatchesInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Task.FromResult(Plan(input.Documents, input.FirstSequence, input.Limits));
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
