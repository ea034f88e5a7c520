using AliaBatch.Orchestration.Activities;
using AliaBatch.Orchestration.Payloads;
using Microsoft.Extensions.DependencyInjection;

namespace AliaBatch.Benchmarks.Orchestration;

/// <summary>
/// The baseline: the job orchestrator's steps — list a page, plan its batches, process them, finalize — as a plain
/// loop over the very same activity classes, with the same number of batches in flight as the embedded host's worker
/// runs. What the embedded host adds on top is the Durable Task machinery: history, gRPC, dispatch.
/// </summary>
internal sealed class DirectJobLoop(IServiceProvider services, int parallelism)
{
    public async Task RunAsync(JobOrchestrationInput input, CancellationToken cancellationToken)
    {
        var context = new BenchActivityContext("direct", "direct");
        var list = ActivatorUtilities.CreateInstance<ListDocumentsActivity>(services);
        var plan = ActivatorUtilities.CreateInstance<PlanBatchesActivity>(services);
        var process = ActivatorUtilities.CreateInstance<ProcessBatchActivity>(services);
        string? continuation = null;
        var nextBatch = 0;
        do
        {
            var page = await list.RunAsync(context, new ListDocumentsInput(input.Job.Source, input.Request.Source.Documents, continuation, input.Limits.ListPageSize));
            var batches = await plan.RunAsync(context, new PlanBatchesInput(page.Documents, nextBatch, input.Limits));
            nextBatch += batches.Count;
            await Parallel.ForEachAsync(
                batches,
                new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
                async (batch, _) => await process.RunAsync(context, new ProcessBatchInput(input.Job, batch)));
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);

        var finalize = ActivatorUtilities.CreateInstance<FinalizeJobActivity>(services);
        await finalize.RunAsync(context, new FinalizeJobInput(input.Job, input.Request, false, input.CreatedAt, "direct"));
    }
}
