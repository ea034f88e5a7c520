namespace AliaBatch.Inference.Tokenization;

/// <summary>
/// Text to token ids and back, for one model's vocabulary. Implementations are immutable and thread-safe.
/// </summary>
public interface ITextTokenizer
{
    /// <summary>The beginning-of-sequence id (<c>&lt;s&gt;</c> or <c>[CLS]</c>), when the vocabulary has one.</summary>
    int? BosId { get; }

    /// <summary>The end-of-sequence id (<c>&lt;/s&gt;</c> or <c>[SEP]</c>), when the vocabulary has one.</summary>
    int? EosId { get; }

    /// <summary>The id used to pad batches.</summary>
    int PadId { get; }

    /// <summary>Encodes text to ids.</summary>
    /// <param name="text">The text.</param>
    /// <param name="addSpecialTokens">Whether to frame the ids with the model's special tokens (e.g. BOS).</param>
    /// <param name="maxLength">The most ids to return, special tokens included; the text's tail is dropped.</param>
    IReadOnlyList<int> Encode(string text, bool addSpecialTokens = true, int maxLength = int.MaxValue);

    /// <summary>Decodes ids to text.</summary>
    /// <param name="ids">The ids.</param>
    /// <param name="skipSpecialTokens">Whether special tokens (BOS, EOS, chat markers) are left out.</param>
    string Decode(IEnumerable<int> ids, bool skipSpecialTokens = true);

    /// <summary>Counts the ids <see cref="Encode"/> would return.</summary>
    int CountTokens(string text, bool addSpecialTokens = true);
}
