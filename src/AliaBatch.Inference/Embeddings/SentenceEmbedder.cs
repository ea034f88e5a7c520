using AliaBatch.Inference.Sessions;
using AliaBatch.Inference.Tokenization;

namespace AliaBatch.Inference.Embeddings;

/// <summary>
/// Sentence embeddings from a BERT-style encoder the sentence-transformers way: mean of the token states under the
/// attention mask, then L2 normalisation (so a dot product is the cosine similarity).
/// Thread-safe; the session belongs to the <see cref="OnnxSessionFactory"/> that created it.
/// </summary>
public sealed class SentenceEmbedder
{
    private readonly EncoderRunner _runner;
    private readonly string _outputName;

    /// <summary>Creates an embedder over an encoder session.</summary>
    /// <param name="session">An encoder with <c>input_ids</c> and <c>attention_mask</c> inputs and a
    /// <c>[batch, sequence, hidden]</c> output (<c>last_hidden_state</c> or <c>token_embeddings</c>, else the first of rank 3).</param>
    /// <param name="tokenizer">The encoder's tokenizer.</param>
    /// <param name="options">Truncation and batching limits.</param>
    public SentenceEmbedder(OnnxModelSession session, ITextTokenizer tokenizer, EncoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(tokenizer);
        _runner = new EncoderRunner(session, tokenizer, options ?? new EncoderOptions());
        _outputName = session.OutputNames.FirstOrDefault(n => n is "last_hidden_state" or "token_embeddings")
            ?? session.OutputNames.FirstOrDefault(n => session.OutputMetadata[n].Dimensions.Length == 3)
            ?? throw new InvalidDataException($"Encoder model '{session.ModelPath}' has no [batch, sequence, hidden] output.");
        Dimensions = session.OutputMetadata[_outputName].Dimensions[^1];
    }

    /// <summary>The embedding size (384 for MiniLM).</summary>
    public int Dimensions { get; }

    /// <summary>The execution provider the encoder runs on.</summary>
    public ExecutionProviderKind ExecutionProvider => _runner.Session.ExecutionProvider;

    /// <summary>The ONNX file the embedder runs, for provenance.</summary>
    public string ModelPath => _runner.Session.ModelPath;

    /// <summary>Creates the built-in all-MiniLM-L6-v2 embedder, extracting the model on first use.</summary>
    /// <param name="factory">Owns the session.</param>
    /// <param name="options">Truncation and batching limits.</param>
    /// <param name="cacheDirectory">Where the model is extracted; <see cref="MiniLmModel.DefaultCacheDirectory"/> when null.</param>
    public static SentenceEmbedder CreateMiniLm(OnnxSessionFactory factory, EncoderOptions? options = null, string? cacheDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var files = MiniLmModel.Extract(cacheDirectory);
        return new SentenceEmbedder(factory.GetSession(files.ModelPath, options?.IntraOpThreads), WordPieceTextTokenizer.FromFile(files.VocabularyPath), options);
    }

    /// <summary>Embeds one text.</summary>
    public float[] Embed(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return EmbedBatch([text], cancellationToken)[0];
    }

    /// <summary>Embeds texts in length-bucketed forward passes; results come back in input order.</summary>
    /// <returns>One unit-length vector of <see cref="Dimensions"/> floats per text.</returns>
    public IReadOnlyList<float[]> EmbedBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var results = new float[texts.Count][];
        _runner.Run(texts, _outputName, (pass, batch, output) =>
        {
            var hidden = output.GetTensorDataAsSpan<float>();
            for (var row = 0; row < pass.Length; row++)
            {
                results[pass[row]] = MeanPool(hidden, batch, row, Dimensions);
            }
        }, cancellationToken);
        return results;
    }

    /// <summary>The cosine similarity of two vectors (the dot product when both are unit length).</summary>
    public static float CosineSimilarity(ReadOnlySpan<float> a, ReadOnlySpan<float> b) =>
        System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(a, b);

    private static float[] MeanPool(ReadOnlySpan<float> hidden, TokenBatch batch, int row, int dimensions)
    {
        var vector = new float[dimensions];
        var count = 0f;
        for (var t = 0; t < batch.SequenceLength; t++)
        {
            var position = (row * batch.SequenceLength) + t;
            if (batch.AttentionMask[position] == 0)
            {
                continue;
            }

            count++;
            var state = hidden.Slice(position * dimensions, dimensions);
            for (var d = 0; d < dimensions; d++)
            {
                vector[d] += state[d];
            }
        }

        var norm = 0f;
        for (var d = 0; d < dimensions; d++)
        {
            vector[d] /= Math.Max(count, 1e-9f);
            norm += vector[d] * vector[d];
        }

        norm = Math.Max(MathF.Sqrt(norm), 1e-12f);
        for (var d = 0; d < dimensions; d++)
        {
            vector[d] /= norm;
        }

        return vector;
    }
}
