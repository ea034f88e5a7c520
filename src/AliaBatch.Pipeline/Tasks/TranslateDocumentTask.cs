using AliaBatch.Core.Errors;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Languages;
using AliaBatch.Core.Results;
using AliaBatch.Inference.Generation;
using AliaBatch.Pipeline.Analysis;
using AliaBatch.Pipeline.Generation;

namespace AliaBatch.Pipeline.Tasks;

/// <summary>
/// The translate task. Each sentence is a segment; a document's segments are translated in length-bucketed batches
/// with the translation model and its versioned prompt template, and reassembled in the original paragraph
/// structure. A target in the document's own language passes the text through; without a translation model a target
/// fails with <see cref="ErrorCodes.ModelUnavailable"/> while the document's other tasks still complete.
/// </summary>
public sealed class TranslateDocumentTask(GeneratorRegistry generators) : IDocumentTask
{
    /// <inheritdoc />
    public string Name => TaskNames.Translate;

    /// <inheritdoc />
    public bool IsRequested(JobTasks tasks) => tasks?.Translate is not null;

    /// <inheritdoc />
    public async Task<TaskResult> RunAsync(AnalyzedDocument document, JobTasks tasks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var request = tasks?.Translate ?? throw new ArgumentException("The job does not request a translation.", nameof(tasks));
        var sourceLanguage = request.Source ?? document.Language.Variant ?? document.MainLanguage;
        var (model, modelError) = ModelLookup.Resolve(generators, request.Model, generators.Options.Translation, "translation");
        var outputs = new List<TranslationOutput>(request.Targets.Count);
        var provenance = new List<StageProvenance>();
        DocumentError? firstError = null;
        foreach (var target in request.Targets)
        {
            if (IsSameLanguage(sourceLanguage, target))
            {
                outputs.Add(new TranslationOutput(target, DocumentStatus.Skipped, document.Text, ResultLayout.TranslationInJob(document.Path, target)));
                continue;
            }

            if (model is null)
            {
                var error = modelError ?? new DocumentError(ErrorCodes.ModelUnavailable,
                    $"No translation model is configured for {sourceLanguage}→{target}; set AliaBatch:Models:Translation or the request's model (docs/models.md).");
                firstError ??= error;
                outputs.Add(new TranslationOutput(target, DocumentStatus.Failed, Error: error));
                continue;
            }

            var (text, stage) = await TranslateAsync(model, document, sourceLanguage, target, cancellationToken);
            provenance.Add(stage);
            outputs.Add(new TranslationOutput(target, DocumentStatus.Succeeded, text, ResultLayout.TranslationInJob(document.Path, target)));
        }

        return new TaskResult(new TaskOutputs { Translations = outputs }, provenance, firstError);
    }

    private async Task<(string Text, StageProvenance Stage)> TranslateAsync(LoadedGenerator model, AnalyzedDocument document, LanguageTag source, LanguageTag target, CancellationToken cancellationToken)
    {
        var template = Template(generators.Options.TranslationTemplate);
        var segments = document.Sentences
            .Select((sentences, paragraph) => sentences.Count > 0 ? sentences.Select(s => s.Text).ToList() : [document.Paragraphs[paragraph]])
            .ToList();
        var prompts = segments.SelectMany(s => s).Select(text => template.Render(new PromptInput(text, source, target))).ToList();
        var options = new GenerationOptions
        {
            MaxNewTokens = generators.Options.TranslationMaxNewTokens,
            NumBeams = generators.Options.TranslationBeams,
        };
        var (texts, stage) = await GenerationStage.RunAsync(model, $"{TaskNames.Translate}:{target}", template, prompts, options, cancellationToken);

        var next = 0;
        var paragraphs = segments.Select(paragraph => string.Join(' ', paragraph.Select(_ => texts[next++]))).ToList();
        return (string.Join("\n\n", paragraphs), stage);
    }

    private static PromptTemplate Template(string id) =>
        PromptTemplates.All.FirstOrDefault(t => t.Id == id && t.Kind == PromptKind.Translate)
        ?? throw new InvalidOperationException($"AliaBatch:Models:TranslationTemplate '{id}' is not a translation template ({string.Join(", ", PromptTemplates.All.Where(t => t.Kind == PromptKind.Translate).Select(t => t.Id))}).");

    private static bool IsSameLanguage(LanguageTag source, LanguageTag target) =>
        source == target || (target.Language == target && source.Language == target);
}
