using AliaBatch.Core.Errors;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Languages;
using AliaBatch.Core.Results;
using AliaBatch.Pipeline.Analysis;

namespace AliaBatch.Pipeline.Tasks;

/// <summary>
/// The translate task. A target in the document's own language is skipped and the text passed through unchanged;
/// every other target needs a translation model pack, and without one that target fails with
/// <see cref="ErrorCodes.ModelUnavailable"/> while the document's other tasks still complete.
/// </summary>
public sealed class TranslateDocumentTask : IDocumentTask
{
    /// <inheritdoc />
    public string Name => TaskNames.Translate;

    /// <inheritdoc />
    public bool IsRequested(JobTasks tasks) => tasks?.Translate is not null;

    /// <inheritdoc />
    public Task<TaskResult> RunAsync(AnalyzedDocument document, JobTasks tasks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var request = tasks?.Translate ?? throw new ArgumentException("The job does not request a translation.", nameof(tasks));
        var sourceLanguage = request.Source ?? document.Language.Variant ?? document.MainLanguage;
        var outputs = new List<TranslationOutput>(request.Targets.Count);
        DocumentError? firstError = null;
        foreach (var target in request.Targets)
        {
            if (IsSameLanguage(sourceLanguage, target))
            {
                outputs.Add(new TranslationOutput(target, DocumentStatus.Skipped, document.Text, ResultLayout.TranslationInJob(document.Path, target)));
                continue;
            }

            var error = new DocumentError(ErrorCodes.ModelUnavailable,
                $"No translation model is loaded for {sourceLanguage}→{target}{(request.Model is null ? string.Empty : $" (requested '{request.Model}')")}; register a translation model pack (docs/models.md).");
            firstError ??= error;
            outputs.Add(new TranslationOutput(target, DocumentStatus.Failed, Error: error));
        }

        return Task.FromResult(new TaskResult(new TaskOutputs { Translations = outputs }, [], firstError));
    }

    private static bool IsSameLanguage(LanguageTag source, LanguageTag target) =>
        source == target || (target.Language == target && source.Language == target);
}
