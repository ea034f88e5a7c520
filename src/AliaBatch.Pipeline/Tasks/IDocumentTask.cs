using AliaBatch.Core.Jobs;
using AliaBatch.Pipeline.Analysis;

namespace AliaBatch.Pipeline.Tasks;

/// <summary>One task of the pipeline (translate, summarize, classify) applied to an analysed document.</summary>
public interface IDocumentTask
{
    /// <summary>The task name, one of <see cref="TaskNames"/>.</summary>
    string Name { get; }

    /// <summary>True when the request asks for this task.</summary>
    bool IsRequested(JobTasks tasks);

    /// <summary>Runs the task. Failures confined to this document are returned in the result, not thrown.</summary>
    Task<TaskResult> RunAsync(AnalyzedDocument document, JobTasks tasks, CancellationToken cancellationToken = default);
}
