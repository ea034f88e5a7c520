namespace AliaBatch.Inference.Tokenization;

/// <summary>Batch encoding for any <see cref="ITextTokenizer"/>.</summary>
public static class TextTokenizerExtensions
{
    /// <summary>Encodes texts and pads them into one batch with an attention mask.</summary>
    /// <param name="tokenizer">The tokenizer.</param>
    /// <param name="texts">The texts, one row each, in order.</param>
    /// <param name="paddingSide">Right for encoders, left for generation.</param>
    /// <param name="maxLength">Each row is truncated to this many ids, special tokens included.</param>
    /// <param name="addSpecialTokens">Whether each row is framed with the model's special tokens.</param>
    public static TokenBatch EncodeBatch(
        this ITextTokenizer tokenizer,
        IReadOnlyList<string> texts,
        PaddingSide paddingSide = PaddingSide.Right,
        int maxLength = int.MaxValue,
        bool addSpecialTokens = true)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(texts);
        var sequences = new IReadOnlyList<int>[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            sequences[i] = tokenizer.Encode(texts[i], addSpecialTokens, maxLength);
        }

        return TokenBatch.Create(sequences, tokenizer.PadId, paddingSide);
    }
}
