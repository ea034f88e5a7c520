namespace AliaBatch.Inference.Tokenization;

/// <summary>
/// Token sequences padded to one length, as flat row-major <c>long</c> buffers ready for
/// <c>OrtValue.CreateTensorValueFromMemory(buffer, Shape)</c>.
/// </summary>
public sealed class TokenBatch
{
    private TokenBatch(int batchSize, int sequenceLength, long[] inputIds, long[] attentionMask, int[] lengths, PaddingSide paddingSide)
    {
        BatchSize = batchSize;
        SequenceLength = sequenceLength;
        InputIds = inputIds;
        AttentionMask = attentionMask;
        Lengths = lengths;
        PaddingSide = paddingSide;
    }

    /// <summary>The number of sequences.</summary>
    public int BatchSize { get; }

    /// <summary>The padded length of every row.</summary>
    public int SequenceLength { get; }

    /// <summary>Token ids, <c>[BatchSize, SequenceLength]</c>, padded with the pad id.</summary>
    public long[] InputIds { get; }

    /// <summary>1 for real tokens and 0 for padding, <c>[BatchSize, SequenceLength]</c>.</summary>
    public long[] AttentionMask { get; }

    /// <summary>The unpadded length of each row.</summary>
    public int[] Lengths { get; }

    /// <summary>Where the padding is.</summary>
    public PaddingSide PaddingSide { get; }

    /// <summary>The tensor shape <c>[BatchSize, SequenceLength]</c>.</summary>
    public long[] Shape => [BatchSize, SequenceLength];

    /// <summary>All-zero segment ids, <c>[BatchSize, SequenceLength]</c>, for BERT-style <c>token_type_ids</c>.</summary>
    public long[] CreateTokenTypeIds() => new long[InputIds.Length];

    /// <summary>Pads sequences of ids into a batch.</summary>
    /// <param name="sequences">The ids of each row; an empty row is kept (all padding).</param>
    /// <param name="padId">The id written in padding positions.</param>
    /// <param name="paddingSide">Right for encoders, left for generation.</param>
    public static TokenBatch Create(IReadOnlyList<IReadOnlyList<int>> sequences, int padId, PaddingSide paddingSide = PaddingSide.Right)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        var length = sequences.Count == 0 ? 0 : sequences.Max(s => s.Count);
        var ids = new long[sequences.Count * length];
        var mask = new long[ids.Length];
        var lengths = new int[sequences.Count];
        Array.Fill(ids, padId);
        for (var row = 0; row < sequences.Count; row++)
        {
            var sequence = sequences[row];
            lengths[row] = sequence.Count;
            var offset = (row * length) + (paddingSide == PaddingSide.Left ? length - sequence.Count : 0);
            for (var i = 0; i < sequence.Count; i++)
            {
                ids[offset + i] = sequence[i];
                mask[offset + i] = 1;
            }
        }

        return new TokenBatch(sequences.Count, length, ids, mask, lengths, paddingSide);
    }
}
