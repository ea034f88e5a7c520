using System.Collections.Concurrent;
using System.Diagnostics;
using AliaBatch.Core.Errors;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Results;
using AliaBatch.Inference.Classification;
using AliaBatch.Inference.Embeddings;
using AliaBatch.Inference.Packs;
using AliaBatch.Pipeline.Generation;
using AliaBatch.Pipeline.Analysis;

namespace AliaBatch.Pipeline.Tasks;

/// <summary>
/// The classify task: an encoder-classifier model pack when the request names one (its labels must be the request's),
/// otherwise zero-shot classification by sentence embeddings (the built-in all-MiniLM-L6-v2), comparing the
/// document's opening text with each label's description. Classifiers are built once per label set or pack.
/// </summary>
public sealed class ClassifyDocumentTask(Lazy<SentenceEmbedder> embedder, ClassifierPackRegistry packs) : IDocumentTask
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
    public async Task<TaskResult> RunAsync(AnalyzedDocument document, JobTasks tasks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var request = tasks?.Classify ?? throw new ArgumentException("The job does not request a classification.", nameof(tasks));
        return request.Model is null
            ? ZeroShot(document, request, cancellationToken)
            : await WithPackAsync(document, request, request.Model, cancellationToken);
    }

    private async Task<TaskResult> WithPackAsync(AnalyzedDocument document, ClassifyTask request, string packId, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        LoadedClassifier pack;
        try
        {
            pack = await packs.GetAsync(packId, request, cancellationToken);
        }
        catch (Exception exception) when (exception is ModelPackException or DirectoryNotFoundException or InvalidDataException)
        {
            return new TaskResult(new TaskOutputs(), [], new DocumentError(ErrorCodes.ModelUnavailable, $"Classifier pack '{packId}' cannot be used: {exception.Message}"));
        }

        if (!pack.Labels.Order(StringComparer.Ordinal).SequenceEqual(request.Labels.Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            return new TaskResult(new TaskOutputs(), [], new DocumentError(ErrorCodes.ModelUnavailable,
                $"Classifier pack '{packId}' predicts [{string.Join(", ", pack.Labels)}], not the requested [{string.Join(", ", request.Labels)}]."));
        }

        var result = pack.Classifier.Classify(Opening(document), cancellationToken);
        var stage = new StageProvenance
        {
            Stage = TaskNames.Classify,
            Component = "classifier:encoder/1",
            Model = pack.ModelId,
            ModelSha256 = pack.ModelSha256,
            ExecutionProvider = pack.ExecutionProvider,
            DurationMs = stopwatch.Elapsed.TotalMilliseconds,
        };
        return new TaskResult(new TaskOutputs { Classification = Output(result.AssignedLabels, result) }, [stage]);
    }

    private TaskResult ZeroShot(AnalyzedDocument document, ClassifyTask request, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var classifier = _classifiers.GetOrAdd(Key(request), _ => Create(request, cancellationToken));
        var result = classifier.Classify(Opening(document), cancellationToken);
        var labels = request.MultiLabel
            ? [.. result.Scores.Where(s => s.Score >= 1.0 / request.Labels.Count).Select(s => s.Label)]
            : new List<string> { result.TopLabel };
        var output = Output(labels, result);
        var stage = new StageProvenance
        {
            Stage = TaskNames.Classify,
            Component = "classifier:zero-shot-embeddings/1",
            Model = ModelId,
            ModelSha256 = _modelSha256.Value,
            ExecutionProvider = embedder.Value.ExecutionProvider.ToString(),
            DurationMs = stopwatch.Elapsed.TotalMilliseconds,
        };
        return new TaskResult(new TaskOutputs { Classification = output }, [stage]);
    }

    private static string Opening(AnalyzedDocument document) =>
        document.Text.Length <= MaxCharacters ? document.Text : document.Text[..MaxCharacters];

    private static ClassificationOutput Output(IReadOnlyList<string> labels, ClassificationResult result) =>
        new(labels, [.. result.Scores.Select(s => new Core.Results.LabelScore(s.Label, Math.Round(s.Score, 4)))]);

    private ZeroShotClassifier Create(ClassifyTask request, CancellationToken cancellationToken) => new(
        embedder.Value,
        [.. request.Labels.Select(l => new ZeroShotLabel(l, request.Descriptions?.GetValueOrDefault(l) ?? l))],
        cancellationToken: cancellationToken);

    private static string Key(ClassifyTask request) =>
        string.Join('\u001f', request.Labels.Select(l => l + '\u001e' + (request.Descriptions?.GetValueOrDefault(l) ?? l)));
}
