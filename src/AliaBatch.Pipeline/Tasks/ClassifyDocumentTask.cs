using System.Collections.Concurrent;
using System.Diagnostics;
using AliaBatch.Core.Errors;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Results;
using AliaBatch.Inference.Classification;
using AliaBatch.Inference.Embeddings;
using AliaBatch.Pipeline.Analysis;

namespace AliaBatch.Pipeline.Tasks;

/// <summary>
/// The classify task: zero-shot classification by sentence embeddings (the built-in all-MiniLM-L6-v2), comparing the
/// document's opening text with each label's description. Classifiers are built once per label set.
/// </summary>
public sealed class ClassifyDocumentTask(Lazy<SentenceEmbedder> embedder) : IDocumentTask
{
    /// <summary>Model id recorded in provenance.</summary>
    public const string ModelId = "builtin/all-MiniLM-L6-v2";

    /// <summary>Characters of the document's opening given to the encoder (it reads at most 256 tokens).</summary>
    public const int MaxCharacters = 1500;

    private readonly ConcurrentDictionary<string, ZeroShotClassifier> _classifiers = new(StringComparer.Ordinal);
    private readonly Lazy<string> _modelSha256 = new(() => FileHashes.Sha256(embedder.Value.ModelPath));

    /// <inheritdoc />
    public string Name => TaskNames.Classify;

    /// <inheritdoc />
    public bool IsRequested(JobTasks tasks) => tasks?.Classify is not null;

    /// <inheritdoc />
    public Task<TaskResult> RunAsync(AnalyzedDocument document, JobTasks tasks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var request = tasks?.Classify ?? throw new ArgumentException("The job does not request a classification.", nameof(tasks));
        if (request.Model is not null)
        {
            var error = new DocumentError(ErrorCodes.ModelUnavailable, $"Classifier model pack '{request.Model}' is not loaded; omit 'model' to use the built-in zero-shot classifier.");
            return Task.FromResult(new TaskResult(new TaskOutputs(), [], error));
        }

        var stopwatch = Stopwatch.StartNew();
        var classifier = _classifiers.GetOrAdd(Key(request), _ => Create(request, cancellationToken));
        var opening = document.Text.Length <= MaxCharacters ? document.Text : document.Text[..MaxCharacters];
        var result = classifier.Classify(opening, cancellationToken);
        var labels = request.MultiLabel
            ? [.. result.Scores.Where(s => s.Score >= 1.0 / request.Labels.Count).Select(s => s.Label)]
            : new List<string> { result.TopLabel };
        var output = new ClassificationOutput(labels, [.. result.Scores.Select(s => new Core.Results.LabelScore(s.Label, Math.Round(s.Score, 4)))]);
        var stage = new StageProvenance
        {
            Stage = TaskNames.Classify,
            Component = "classifier:zero-shot-embeddings/1",
            Model = ModelId,
            ModelSha256 = _modelSha256.Value,
            ExecutionProvider = embedder.Value.ExecutionProvider.ToString(),
            DurationMs = stopwatch.Elapsed.TotalMilliseconds,
        };
        return Task.FromResult(new TaskResult(new TaskOutputs { Classification = output }, [stage]));
    }

    private ZeroShotClassifier Create(ClassifyTask request, CancellationToken cancellationToken) => new(
        embedder.Value,
        [.. request.Labels.Select(l => new ZeroShotLabel(l, request.Descriptions?.GetValueOrDefault(l) ?? l))],
        cancellationToken: cancellationToken);

    private static string Key(ClassifyTask request) =>
        string.Join('\u001f', request.Labels.Select(l => l + '\u001e' + (request.Descriptions?.GetValueOrDefault(l) ?? l)));
}
