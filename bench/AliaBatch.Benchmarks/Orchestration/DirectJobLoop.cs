using AliaBatch.Orchestration;
using AliaBatch.Orchestration.Activities;
using AliaBatch.Orchestration.Payloads;

namespace AliaBatch.Benchmarks.Orchestration;

/// <summary>
/// The baseline: the job orchestrator's steps — list and plan a page, process its batches, finalize — as a plain
/// loop over the very same activity classes, with the same number of batches in flight as the embedded host's worker
/// runs. What the embedded host adds on top is the Durable Task machinery: histories, replays, dispatch.
/// </summary>
internal sealed class DirectJobLoop(IServiceProvider services, int parallelism)
{
    public async Task RunAsync(JobOrchestrationInput input, CancellationToken cancellationToken)
    {
        var context = new BenchActivityContext("direct", "direct");
        var prepare = Create<PreparePageActivity>();
        var process = Create<ProcessBatchActivity>();
        string? continuation = null;
        var nextBatch = 0;
        do
        {
            // Plans stay whole here: no orchestration history to keep small.
            var page = await prepare.RunAsync(context, new PreparePageInput(input.Job, input.Request.Source.Documents, continuation, nextBatch, input.Limits, StorePlans: false));
            var batches = page.Batches;
            nextBatch += batches.Count;
            await Parallel.ForEachAsync(
                batches,
                new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
                async (batch, _) => await process.RunAsync(context, new ProcessBatchInput(input.Job, batch)));
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);

        var finalize = Create<FinalizeJobActivity>();
        await finalize.RunAsync(context, new FinalizeJobInput(input.Job, input.Request, false, input.CreatedAt, "direct"));
    }

    // Created as every host creates them, by the factories the hosts register.
    private T Create<T>() => (T)AliaBatchTasks.Activities().Single(task => task.Key == typeof(T).Name).Value(services);
}
