using AliaBatch.Core.Jobs;
using AliaBatch.Core.Results;
using AliaBatch.Pipeline.Analysis;
using AliaBatch.Pipeline.Tasks;

namespace AliaBatch.Orchestration.Tests;

/// <summary>
/// A test task that runs on every document: it throws for documents named <c>poison*</c>, lets the first
/// <see cref="FreeDocuments"/> documents through and holds the rest until <see cref="Open"/> (at most 30 s); it counts every call
/// and the most calls it ever had running at once.
/// </summary>
internal sealed class GateTask : IDocumentTask
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;
    private int _running;
    private int _mostRunning;

    public int FreeDocuments { get; set; } = int.MaxValue;

    public int Calls => Volatile.Read(ref _calls);

    public int Running => Volatile.Read(ref _running);

    public int MostRunning => Volatile.Read(ref _mostRunning);

    public string Name => "gate";

    public bool IsRequested(JobTasks tasks) => true;

    public void Open() => _gate.TrySetResult();

    public async Task<TaskResult> RunAsync(AnalyzedDocument document, JobTasks tasks, CancellationToken cancellationToken = default)
    {
        if (document.Path.StartsWith("poison", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("poisoned document");
        }

        var running = Interlocked.Increment(ref _running);
        InterlockedMax(ref _mostRunning, running);
        try
        {
            if (Interlocked.Increment(ref _calls) > FreeDocuments)
            {
                // Bounded, so a test whose gate never opens fails instead of hanging.
                await _gate.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }

        return new TaskResult(new TaskOutputs(), [new StageProvenance { Stage = "gate", Component = "test" }]);
    }

    private static void InterlockedMax(ref int location, int value)
    {
        var current = Volatile.Read(ref location);
        while (value > current && Interlocked.CompareExchange(ref location, value, current) is var seen && seen != current)
        {
            current = seen;
        }
    }
}
