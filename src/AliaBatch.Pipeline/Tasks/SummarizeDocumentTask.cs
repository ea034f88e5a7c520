using System.Diagnostics;
using AliaBatch.Core.Errors;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Results;
using AliaBatch.Pipeline.Analysis;
using AliaBatch.Pipeline.Tasks.Summarization;

namespace AliaBatch.Pipeline.Tasks;

/// <summary>The summarize task: the built-in extractive summary; abstractive summaries need an instruct model pack.</summary>
public sealed class SummarizeDocumentTask : IDocumentTask
{
    /// <inheritdoc />
    public string Name => TaskNames.Summarize;

    /// <inheritdoc />
    public bool IsRequested(JobTasks tasks) => tasks?.Summarize is not null;

    /// <inheritdoc />
    public Task<TaskResult> RunAsync(AnalyzedDocument document, JobTasks tasks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var request = tasks?.Summarize ?? throw new ArgumentException("The job does not request a summary.", nameof(tasks));
        if (request.Mode == SummaryMode.Abstractive)
        {
            var error = new DocumentError(ErrorCodes.ModelUnavailable,
                $"Abstractive summaries need an instruct model pack{(request.Model is null ? string.Empty : $" ('{request.Model}')")}, and none is loaded; use mode 'extractive' or register a model (docs/models.md).");
            return Task.FromResult(new TaskResult(new TaskOutputs(), [], error));
        }

        var stopwatch = Stopwatch.StartNew();
        var sentences = document.AllSentences.Select(s => s.Sentence.Text).ToList();
        var chosen = ExtractiveSummarizer.Select(sentences, request.MaxSentences, request.MaxWords);
        var summary = new SummaryOutput(string.Join(" ", chosen.Select(i => sentences[i])), "extractive", chosen);
        var stage = new StageProvenance
        {
            Stage = TaskNames.Summarize,
            Component = ExtractiveSummarizer.Component,
            DurationMs = stopwatch.Elapsed.TotalMilliseconds,
        };
        return Task.FromResult(new TaskResult(new TaskOutputs { Summary = summary }, [stage]));
    }
}
