using System.Collections.Concurrent;
using AliaBatch.Core.Jobs;
using AliaBatch.Inference.Classification;
using AliaBatch.Inference.Embeddings;
using AliaBatch.Inference.Packs;
using AliaBatch.Inference.Sessions;
using Microsoft.Extensions.Options;

namespace AliaBatch.Pipeline.Generation;

/// <summary>
/// Encoder-classifier model packs named by requests, found under <see cref="ModelsOptions.Directory"/>, verified
/// (SHA-256 of every file) and opened once per process.
/// </summary>
public sealed class ClassifierPackRegistry(OnnxSessionFactory sessions, IOptions<ModelsOptions> options, IOptions<EncoderOptions> encoders)
{
    private readonly ConcurrentDictionary<(string Pack, bool MultiLabel), Lazy<Task<LoadedClassifier>>> _classifiers = new();

    /// <summary>The classifier of pack <paramref name="packId"/>; throws <see cref="ModelPackException"/> or <see cref="DirectoryNotFoundException"/> naming what is wrong.</summary>
    public Task<LoadedClassifier> GetAsync(string packId, ClassifyTask request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _classifiers.GetOrAdd((packId, request.MultiLabel), key => new Lazy<Task<LoadedClassifier>>(() => OpenAsync(key.Pack, key.MultiLabel, cancellationToken))).Value;
    }

    private async Task<LoadedClassifier> OpenAsync(string packId, bool multiLabel, CancellationToken cancellationToken)
    {
        var root = options.Value.Directory
            ?? throw new DirectoryNotFoundException($"Model pack '{packId}' was requested but AliaBatch:Models:Directory is not set.");
        var folder = Path.Combine(root, packId);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Model pack '{packId}' is not in AliaBatch:Models:Directory ('{root}').");
        }

        var pack = await ModelPack.OpenAsync(folder, verify: true, cancellationToken);
        var manifest = pack.Manifest;
        if (manifest.Format != ModelPackFormat.OnnxEncoderClassifier || manifest.Labels is not { Count: > 0 } labels)
        {
            throw new InvalidDataException($"Model pack '{packId}' is a {manifest.Format} pack, not an encoder classifier with labels.");
        }

        var configured = encoders.Value;
        var session = sessions.GetSession(pack.ModelPath, configured.IntraOpThreads);
        // Texts are truncated to the encoder's own context (max_position_embeddings), never past it.
        var encoderOptions = new EncoderOptions
        {
            MaxSequenceLength = Math.Min(configured.MaxSequenceLength, manifest.ContextLength ?? int.MaxValue),
            TokenBudget = configured.TokenBudget,
            MaxBatchSize = configured.MaxBatchSize,
            ParallelPasses = configured.ParallelPasses,
        };
        var classifier = new EncoderClassifier(
            session,
            pack.CreateTokenizer(),
            labels,
            multiLabel ? ClassificationMode.MultiLabel : ClassificationMode.SingleLabel,
            options: encoderOptions);
        return new LoadedClassifier(classifier, $"{manifest.Id}@{manifest.Version}", manifest.FindFile(manifest.Model)?.Sha256, labels, session.ExecutionProvider.ToString());
    }
}

/// <summary>An opened encoder classifier with the facts provenance records.</summary>
public sealed record LoadedClassifier(EncoderClassifier Classifier, string ModelId, string? ModelSha256, IReadOnlyList<string> Labels, string ExecutionProvider);
