using AliaBatch.Core.Errors;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Languages;
using AliaBatch.Core.Results;
using AliaBatch.Inference.Generation;
using AliaBatch.Pipeline.Analysis;
using AliaBatch.Pipeline.Generation;
using AliaBatch.Pipeline.Tasks.Translation;

namespace AliaBatch.Pipeline.Tasks;

/// <summary>
/// The translate task. Each sentence is a segment; segments are translated with the translation model and its
/// versioned prompt template (sharing generation batches with concurrently processed documents) and reassembled in
/// the original paragraph structure. A direction the model does not serve goes through Spanish when both legs are
/// served; the request's glossary terms are enforced in the output. A target in the document's own language passes
/// the text through; without a translation model or a route a target fails with <see cref="ErrorCodes.ModelUnavailable"/>,
/// and with a segment longer than the model's context with <see cref="ErrorCodes.ModelContextExceeded"/>, while the
/// document's other targets and tasks still complete.
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
        var glossary = TranslationGlossary.From(request.Glossary);
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

            var route = TranslationRoutes.Plan(generators.Options.TranslationDirections, sourceLanguage, target);
            var (text, stages, error) = model is null || route.Count == 0
                ? (null, [], modelError ?? Unavailable(model, sourceLanguage, target))
                : await TranslateAsync(model, document, route, glossary, cancellationToken);
            provenance.AddRange(stages);
            if (error is not null)
            {
                firstError ??= error;
                outputs.Add(new TranslationOutput(target, DocumentStatus.Failed, Error: error));
                continue;
            }

            outputs.Add(new TranslationOutput(target, DocumentStatus.Succeeded, text, ResultLayout.TranslationInJob(document.Path, target)));
        }

        return new TaskResult(new TaskOutputs { Translations = outputs }, provenance, firstError);
    }

    private async Task<(string? Text, IReadOnlyList<StageProvenance> Stages, DocumentError? Error)> TranslateAsync(
        LoadedGenerator model, AnalyzedDocument document, IReadOnlyList<(LanguageTag From, LanguageTag To)> route, TranslationGlossary? glossary, CancellationToken cancellationToken)
    {
        var template = Template(generators.Options.TranslationTemplate);
        var paragraphs = document.Sentences
            .Select((sentences, paragraph) => sentences.Count > 0 ? sentences.Select(s => s.Text).ToList() : [document.Paragraphs[paragraph]])
            .ToList();
        var applied = paragraphs.SelectMany(p => p).Select(s => glossary?.Apply(s) ?? (s, [])).ToList();
        var required = applied.Select(a => a.Item2).ToList();
        IReadOnlyList<string> texts = [.. applied.Select(a => a.Item1)];
        var target = route[^1].To;
        var stages = new List<StageProvenance>();
        var options = GenerationStage.Options(model, generators.Options.TranslationMaxNewTokens, generators.Options.TranslationBeams);
        foreach (var (from, to) in route)
        {
            var prompts = texts.Select((text, i) => new GenerationPrompt(template.Render(new PromptInput(text, from, to)), required[i])).ToList();
            if (ContextError(model, prompts, from, to) is { } tooLong)
            {
                return (null, stages, tooLong);
            }

            var stage = to == target ? $"{TaskNames.Translate}:{target}" : $"{TaskNames.Translate}:{target}:via-{to}";
            (texts, var provenance) = await GenerationStage.RunAsync(model, stage, template, prompts, options, cancellationToken);
            stages.Add(provenance);
        }

        if (glossary is not null)
        {
            stages.Add(GlossaryStage(glossary, target, required, texts));
        }

        var next = 0;
        var text = string.Join("\n\n", paragraphs.Select(paragraph => string.Join(' ', paragraph.Select(_ => texts[next++]))));
        return (text, stages, null);
    }

    private static DocumentError? ContextError(LoadedGenerator model, List<GenerationPrompt> prompts, LanguageTag from, LanguageTag to)
    {
        if (model.Generator.Defaults.ContextLength is not int context)
        {
            return null;
        }

        var tokenizer = model.Generator.Tokenizer;
        var (length, index) = prompts.Select((p, i) => (tokenizer.CountTokens(p.Text), i)).MaxBy(p => p.Item1);
        return length < context
            ? null
            : new DocumentError(ErrorCodes.ModelContextExceeded,
                $"Segment {index + 1} ({from}→{to}) needs {length} prompt tokens; the translation model '{model.ModelId}' has a context of {context} tokens. Split the text into shorter sentences.");
    }

    private static StageProvenance GlossaryStage(TranslationGlossary glossary, LanguageTag target, List<IReadOnlyList<string>> required, IReadOnlyList<string> outputs) => new()
    {
        Stage = $"glossary:{target}",
        Component = TranslationGlossary.Component,
        Glossary = new GlossaryUsage(
            glossary.Sha256,
            glossary.Count,
            required.Sum(r => r.Count),
            required.Select((r, i) => TranslationGlossary.Hits(outputs[i], r)).Sum()),
    };

    private DocumentError Unavailable(LoadedGenerator? model, LanguageTag source, LanguageTag target) => model is null
        ? new DocumentError(ErrorCodes.ModelUnavailable,
            $"No translation model is configured for {source}→{target}; set AliaBatch:Models:Translation or the request's model (docs/models.md).")
        : new DocumentError(ErrorCodes.ModelUnavailable,
            $"The translation model '{model.ModelId}' serves neither {source}→{target} nor {source}→{TranslationRoutes.Pivot} and {TranslationRoutes.Pivot}→{target} (AliaBatch:Models:TranslationDirections: {string.Join(", ", generators.Options.TranslationDirections)}).");

    private static PromptTemplate Template(string id) =>
        PromptTemplates.All.FirstOrDefault(t => t.Id == id && t.Kind == PromptKind.Translate)
        ?? throw new InvalidOperationException($"AliaBatch:Models:TranslationTemplate '{id}' is not a translation template ({string.Join(", ", PromptTemplates.All.Where(t => t.Kind == PromptKind.Translate).Select(t => t.Id))}).");

    private static bool IsSameLanguage(LanguageTag source, LanguageTag target) =>
        source == target || (target.Language == target && source.Language == target);
}
