using AliaBatch.Core.Jobs;
using AliaBatch.Core.Results;
using AliaBatch.Pipeline.Analysis;
using AliaBatch.Pipeline.Tasks;

namespace AliaBatch.Orchestration.Tests.Dispatch;

/// <summary>A test task that reports a fixed token count per document in its provenance, as model-backed stages do.</summary>
internal sealed class TokenTask : IDocumentTask
{
    public const int TokensIn = 10;

    public const int TokensOut = 4;

    public string Name => "tokens";

    public bool IsRequested(JobTasks tasks) => true;

    public Task<TaskResult> RunAsync(AnalyzedDocument document, JobTasks tasks, CancellationToken cancellationToken = default) =>
        Task.FromResult(new TaskResult(new TaskOutputs(), [new StageProvenance { Stage = "tokens", Component = "test", TokensIn = TokensIn, TokensOut = TokensOut }]));
}
