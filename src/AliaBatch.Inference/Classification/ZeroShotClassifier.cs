using System.Numerics.Tensors;
using AliaBatch.Inference.Embeddings;
using AliaBatch.Inference.Sessions;

namespace AliaBatch.Inference.Classification;

/// <summary>
/// Zero-shot classification through sentence embeddings: a text's cosine similarity to each label description,
/// turned into probabilities by a softmax with a temperature. Label descriptions are embedded once.
/// </summary>
public sealed class ZeroShotClassifier
{
    /// <summary>The default softmax temperature over cosine similarities.</summary>
    public const float DefaultTemperature = 0.05f;

    private readonly SentenceEmbedder _embedder;
    private readonly float[][] _labelVectors;
    private readonly float _temperature;

    /// <summary>Creates a classifier and embeds the label descriptions.</summary>
    /// <param name="embedder">The sentence embedder, e.g. <see cref="SentenceEmbedder.CreateMiniLm"/>.</param>
    /// <param name="labels">The candidate labels, at least two, with distinct names.</param>
    /// <param name="temperature">Softmax temperature: lower is more decisive.</param>
    /// <param name="cancellationToken">Cancels embedding the descriptions.</param>
    public ZeroShotClassifier(SentenceEmbedder embedder, IReadOnlyList<ZeroShotLabel> labels, float temperature = DefaultTemperature, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(labels.Count, 2, nameof(labels));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(temperature);
        if (labels.Select(l => l.Name).Distinct(StringComparer.Ordinal).Count() != labels.Count)
        {
            throw new ArgumentException("Zero-shot label names must be distinct.", nameof(labels));
        }

        _embedder = embedder;
        _temperature = temperature;
        Labels = [.. labels.Select(l => l.Name)];
        _labelVectors = [.. embedder.EmbedBatch([.. labels.Select(l => l.Description)], cancellationToken)];
    }

    /// <summary>Creates a zero-shot classifier backed by the built-in all-MiniLM-L6-v2 (English).</summary>
    /// <param name="factory">Owns the encoder session.</param>
    /// <param name="labels">The candidate labels.</param>
    /// <param name="temperature">Softmax temperature.</param>
    /// <param name="cacheDirectory">Where the model is extracted; <see cref="MiniLmModel.DefaultCacheDirectory"/> when null.</param>
    /// <param name="cancellationToken">Cancels embedding the descriptions.</param>
    public static ZeroShotClassifier CreateMiniLm(
        OnnxSessionFactory factory,
        IReadOnlyList<ZeroShotLabel> labels,
        float temperature = DefaultTemperature,
        string? cacheDirectory = null,
        CancellationToken cancellationToken = default) =>
        new(SentenceEmbedder.CreateMiniLm(factory, cacheDirectory: cacheDirectory), labels, temperature, cancellationToken);

    /// <summary>The label names, in the order given.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Classifies one text.</summary>
    public ClassificationResult Classify(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ClassifyBatch([text], cancellationToken)[0];
    }

    /// <summary>Classifies texts; results come back in input order.</summary>
    public IReadOnlyList<ClassificationResult> ClassifyBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var vectors = _embedder.EmbedBatch(texts, cancellationToken);
        var results = new ClassificationResult[vectors.Count];
        var scaled = new float[_labelVectors.Length];
        var probabilities = new float[_labelVectors.Length];
        for (var i = 0; i < vectors.Count; i++)
        {
            for (var l = 0; l < _labelVectors.Length; l++)
            {
                scaled[l] = TensorPrimitives.Dot(vectors[i], _labelVectors[l]) / _temperature;
            }

            TensorPrimitives.SoftMax(scaled, probabilities);
            results[i] = ClassificationResult.SingleLabel(Labels, probabilities);
        }

        return results;
    }
}
