namespace AliaBatch.Inference.Generation;

/// <summary>The result of one decoder run: last-position logits per row and the grown cache.</summary>
public sealed class DecoderStep : IDisposable
{
    internal DecoderStep(float[] logits, int vocabularySize, KvCache present)
    {
        Logits = logits;
        VocabularySize = vocabularySize;
        Present = present;
    }

    /// <summary>Logits of each row's last position as float, <c>[batch, vocabulary]</c> row-major.</summary>
    public float[] Logits { get; }

    /// <summary>Width of the logits.</summary>
    public int VocabularySize { get; }

    /// <summary>The cache including this step's positions; owned by this result until taken with <see cref="TakePresent"/>.</summary>
    public KvCache Present { get; private set; }

    /// <summary>One row's logits.</summary>
    public Span<float> Row(int row) => Logits.AsSpan(row * VocabularySize, VocabularySize);

    /// <summary>Transfers ownership of the cache to the caller.</summary>
    public KvCache TakePresent()
    {
        var present = Present;
        Present = null!;
        return present;
    }

    /// <summary>Releases the cache unless it was taken.</summary>
    public void Dispose() => Present?.Dispose();
}
