using AliaBatch.Core.Errors;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using AliaBatch.Pipeline.Analysis;
using AliaBatch.Pipeline.Tasks;

namespace AliaBatch.Pipeline.Jobs;

/// <summary>Runs the whole pipeline for one source object: analysis, then every requested task, into results.</summary>
public sealed class DocumentProcessor(DocumentAnalyzer analyzer, IEnumerable<IDocumentTask> tasks, TimeProvider timeProvider)
{
    private readonly IReadOnlyList<IDocumentTask> _tasks = [.. tasks];

    /// <summary>Processes one source object into one result per document (one per record for JSONL).</summary>
    public async Task<IReadOnlyList<ProcessedDocument>> ProcessAsync(string jobId, JobTasks jobTasks, IObjectStore source, ObjectInfo info, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobTasks);
        var startedAt = timeProvider.GetUtcNow();
        var outcomes = await analyzer.AnalyzeAsync(source, info, cancellationToken);
        var processed = new List<ProcessedDocument>(outcomes.Count);
        foreach (var outcome in outcomes)
        {
            processed.Add(await CompleteAsync(jobId, jobTasks, outcome, startedAt, cancellationToken));
        }

        return processed;
    }

    private async Task<ProcessedDocument> CompleteAsync(string jobId, JobTasks jobTasks, AnalysisOutcome outcome, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        if (outcome.Document is null)
        {
            return new ProcessedDocument(
                new DocumentResult
                {
                    JobId = jobId,
                    Source = outcome.Source,
                    Status = DocumentStatus.Failed,
                    Error = outcome.Error,
                    Provenance = outcome.Provenance,
                    StartedAt = startedAt,
                    CompletedAt = timeProvider.GetUtcNow(),
                },
                []);
        }

        var document = outcome.Document;
        var outputs = new TaskOutputs();
        var provenance = new List<StageProvenance>(outcome.Provenance);
        DocumentError? firstError = null;
        foreach (var task in _tasks.Where(t => t.IsRequested(jobTasks)))
        {
            var result = await task.RunAsync(document, jobTasks, cancellationToken);
            outputs = Merge(outputs, result.Outputs);
            provenance.AddRange(result.Provenance);
            firstError ??= result.Error;
        }

        var translations = (outputs.Translations ?? [])
            .Where(t => t.Text is not null)
            .Select(t => (t.Target, t.Text!))
            .ToList();
        var words = document.Paragraphs.Sum(p => p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        return new ProcessedDocument(
            new DocumentResult
            {
                JobId = jobId,
                Source = document.Source,
                Status = firstError is null ? DocumentStatus.Succeeded : DocumentStatus.Failed,
                Error = firstError,
                Language = document.Language,
                Statistics = new TextStatistics(document.Paragraphs.Count, document.Sentences.Sum(s => s.Count), document.Paragraphs.Sum(p => p.Length), words),
                Outputs = outputs,
                Provenance = provenance,
                StartedAt = startedAt,
                CompletedAt = timeProvider.GetUtcNow(),
            },
            translations);
    }

    private static TaskOutputs Merge(TaskOutputs current, TaskOutputs added) => current with
    {
        Translations = added.Translations ?? current.Translations,
        Summary = added.Summary ?? current.Summary,
        Classification = added.Classification ?? current.Classification,
    };
}
