using Microsoft.ML.Tokenizers;

namespace AliaBatch.Inference.Tokenization;

/// <summary>
/// A Llama-style SentencePiece BPE tokenizer loaded from a <c>tokenizer.model</c> protobuf, through
/// Microsoft.ML.Tokenizers' <see cref="LlamaTokenizer"/>.
/// </summary>
/// <remarks>
/// Prefer <see cref="HuggingFaceBpeTokenizer"/> when the model folder has a <c>tokenizer.json</c>: it also splits out
/// added tokens declared only there and applies the normaliser the model was exported with.
/// </remarks>
public sealed class SentencePieceModelTokenizer : ITextTokenizer
{
    private readonly LlamaTokenizer _tokenizer;
    private readonly bool _addBos;
    private readonly bool _addEos;

    private SentencePieceModelTokenizer(LlamaTokenizer tokenizer, bool addBos, bool addEos, int? padId)
    {
        _tokenizer = tokenizer;
        _addBos = addBos;
        _addEos = addEos;
        PadId = padId ?? tokenizer.UnknownId;
    }

    /// <inheritdoc />
    public int? BosId => _tokenizer.BeginningOfSentenceId;

    /// <inheritdoc />
    public int? EosId => _tokenizer.EndOfSentenceId;

    /// <inheritdoc />
    public int PadId { get; }

    /// <summary>Loads a SentencePiece <c>.model</c> file.</summary>
    /// <param name="modelPath">Path of <c>tokenizer.model</c>.</param>
    /// <param name="addBos">Whether special framing adds BOS (the Salamandra default).</param>
    /// <param name="addEos">Whether special framing adds EOS.</param>
    /// <param name="specialTokens">Added tokens matched as single ids, e.g. <c>&lt;|im_start|&gt;</c> → 4.</param>
    /// <param name="padId">The padding id; defaults to the unknown id, as Hugging Face sets it for Salamandra.</param>
    public static SentencePieceModelTokenizer FromFile(
        string modelPath,
        bool addBos = true,
        bool addEos = false,
        IReadOnlyDictionary<string, int>? specialTokens = null,
        int? padId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelPath);
        if (!File.Exists(modelPath))
        {
            throw new FileNotFoundException($"SentencePiece model '{modelPath}' does not exist.", modelPath);
        }

        using var stream = File.OpenRead(modelPath);
        try
        {
            return new SentencePieceModelTokenizer(LlamaTokenizer.Create(stream, addBos, addEos, specialTokens), addBos, addEos, padId);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IOException or Google.Protobuf.InvalidProtocolBufferException)
        {
            throw new InvalidDataException($"SentencePiece model '{modelPath}' could not be read: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<int> Encode(string text, bool addSpecialTokens = true, int maxLength = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        var ids = _tokenizer.EncodeToIds(text, addSpecialTokens && _addBos, addEndOfSentence: false, considerPreTokenization: true, considerNormalization: true).ToList();
        var eos = addSpecialTokens && _addEos && EosId is not null ? 1 : 0;
        if (ids.Count + eos > maxLength)
        {
            ids.RemoveRange(Math.Max(0, maxLength - eos), ids.Count - Math.Max(0, maxLength - eos));
        }

        if (eos == 1)
        {
            ids.Add(EosId!.Value);
        }

        return ids;
    }

    /// <inheritdoc />
    public string Decode(IEnumerable<int> ids, bool skipSpecialTokens = true)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return _tokenizer.Decode(ids, considerSpecialTokens: !skipSpecialTokens);
    }

    /// <inheritdoc />
    public int CountTokens(string text, bool addSpecialTokens = true) => Encode(text, addSpecialTokens).Count;
}
