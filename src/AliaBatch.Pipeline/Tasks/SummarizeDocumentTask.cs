using System.Diagnostics;
using AliaBatch.Core.Errors;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Results;
using AliaBatch.Inference.Generation;
using AliaBatch.Pipeline.Analysis;
using AliaBatch.Pipeline.Generation;
using AliaBatch.Pipeline.Tasks.Summarization;
using AliaBatch.Text.Chunking;

namespace AliaBatch.Pipeline.Tasks;

/// <summary>
/// The summarize task: the built-in extractive summary, or an abstractive summary with an instruct model —
/// map-reduce over chunks of <see cref="ModelsOptions.SummaryChunkTokens"/> when the document is longer than one chunk.
/// </summary>
public sealed class SummarizeDocumentTask(GeneratorRegistry generators) : IDocumentTask
{
    /// <inheritdoc />
    public string Name => TaskNames.Summarize;

    /// <inheritdoc />
    public bool IsRequested(JobTasks tasks) => tasks?.Summarize is not null;

    /// <inheritdoc />
    public async Task<TaskResult> RunAsync(AnalyzedDocument document, JobTasks tasks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var request = tasks?.Summarize ?? throw new ArgumentException("The job does not request a summary.", nameof(tasks));
        return request.Mode == SummaryMode.Abstractive
            ? await AbstractiveAsync(document, request, cancellationToken)
            : Extractive(document, request);
    }

    private static TaskResult Extractive(AnalyzedDocument document, SummarizeTask request)
    {
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
        return new TaskResult(new TaskOutputs { Summary = summary }, [stage]);
    }

    private async Task<TaskResult> AbstractiveAsync(AnalyzedDocument document, SummarizeTask request, CancellationToken cancellationToken)
    {
        var (model, modelError) = ModelLookup.Resolve(generators, request.Model, generators.Options.Summarization, "summarisation");
        if (model is null)
        {
            var error = modelError ?? new DocumentError(ErrorCodes.ModelUnavailable,
                "Abstractive summaries need an instruct model; set AliaBatch:Models:Summarization or the request's model, or use mode 'extractive' (docs/models.md).");
            return new TaskResult(new TaskOutputs(), [], error);
        }

        var template = PromptTemplates.SalamandraInstructSummary;
        var tokenizer = model.Generator.Tokenizer;
        var sentences = document.AllSentences.Select(s => s.Sentence).ToList();
        var chunks = TextChunker.Chunk(sentences, s => tokenizer.CountTokens(s, addSpecialTokens: false), ChunkTokens(model, template, document));
        var options = GenerationStage.Options(model, generators.Options.SummaryMaxNewTokens);
        var (partials, map) = await GenerationStage.RunAsync(model, TaskNames.Summarize, template, Prompts(chunks.Select(c => c.Text), document, template), options, cancellationToken);
        var stages = new List<StageProvenance> { map };
        var text = partials[0];
        if (partials.Count > 1)
        {
            var (reduced, reduce) = await GenerationStage.RunAsync(model, TaskNames.Summarize + ":reduce", template, Prompts([string.Join("\n\n", partials)], document, template), options, cancellationToken);
            stages.Add(reduce);
            text = reduced[0];
        }

        return new TaskResult(new TaskOutputs { Summary = new SummaryOutput(text, "abstractive") }, stages);
    }

    /// <summary>The configured chunk size, shrunk where needed so a chunk's prompt and its summary fit the model's context.</summary>
    private int ChunkTokens(LoadedGenerator model, PromptTemplate template, AnalyzedDocument document)
    {
        var configured = generators.Options.SummaryChunkTokens;
        if (model.Generator.Defaults.ContextLength is not int context)
        {
            return configured;
        }

        var overhead = model.Generator.Tokenizer.CountTokens(Prompts([string.Empty], document, template)[0].Text);
        return Math.Clamp(context - overhead - generators.Options.SummaryMaxNewTokens, 1, configured);
    }

    private static List<GenerationPrompt> Prompts(IEnumerable<string> texts, AnalyzedDocument document, PromptTemplate template) =>
        [.. texts.Select(t => new GenerationPrompt(template.Render(new PromptInput(t, document.Language.Variant ?? document.MainLanguage))))];
}
