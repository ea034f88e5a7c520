using AliaBatch.Core.Jobs;
using AliaBatch.Core.Results;
using AliaBatch.Pipeline.Analysis;
using AliaBatch.Pipeline.Tasks;

namespace AliaBatch.Orchestration.Tests;

/// <summary>
/// A test task that runs on every document: it throws for documents named <c>poison*</c>, lets the first
/// <see cref="FreeDocuments"/> documents through and holds the rest until <see cref="Open"/> (at most 30 s); it counts every call.
/// </summary>
internal sealed class GateTask : IDocumentTask
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;

    public int FreeDocuments { get; set; } = int.MaxValue;

    public int Calls => Volatile.Read(ref _calls);

    public string Name => "gate";

    public bool IsRequested(JobTasks tasks) => true;

    public void Open() => _gate.TrySetResult();

    public async Task<TaskResult> RunAsync(AnalyzedDocument document, JobTasks tasks, CancellationToken cancellationToken = default)
    {
        if (document.Path.StartsWith("poison", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("poisoned document");
        }

        if (Interlocked.Increment(ref _calls) > FreeDocuments)
        {
            // Bounded, so a test whose gate never opens fails instead of hanging.
            await _gate.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }

        return new TaskResult(new TaskOutputs(), [new StageProvenance { Stage = "gate", Component = "test" }]);
    }
}
