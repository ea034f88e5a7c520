using AliaBatch.Inference.Tokenization.HuggingFace;

namespace AliaBatch.Inference.Tokenization;

/// <summary>
/// A faithful port of Hugging Face <c>tokenizers</c> for SentencePiece-style BPE <c>tokenizer.json</c> files
/// (Llama, Salamandra, ALIA, Phi-3): added tokens split out first, per-segment normaliser (Prepend/Replace/NFC),
/// optional Metaspace/Digits pre-tokenizer, BPE merges by rank with byte fallback, and the matching decoder.
/// </summary>
/// <remarks>
/// Microsoft.ML.Tokenizers 2.0.1 cannot load these files: its <c>BpeTokenizer</c> has no byte fallback and
/// its <c>LlamaTokenizer</c> reads only SentencePiece <c>.model</c> protobufs.
/// </remarks>
public sealed partial class HuggingFaceBpeTokenizer : ITextTokenizer
{
    private readonly BpeModel _model;
    private readonly HfNormalizer _normalizer;
    private readonly HfPreTokenizer _preTokenizer;
    private readonly HfDecoder _decoder;
    private readonly Dictionary<char, HfAddedToken[]> _addedByFirstChar;
    private readonly string[] _idToToken;
    private readonly Dictionary<string, int> _tokenToId;
    private readonly HashSet<int> _specialIds;
    private readonly int[] _prefix;
    private readonly int[] _suffix;

    /// <inheritdoc />
    public int? BosId { get; }

    /// <inheritdoc />
    public int? EosId { get; }

    /// <inheritdoc />
    public int PadId { get; }

    /// <summary>The number of ids, added tokens included.</summary>
    public int VocabularySize => _idToToken.Length;

    /// <summary>Returns the id of a token string (vocabulary or added token), or null.</summary>
    public int? TokenToId(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return _tokenToId.TryGetValue(token, out var id) ? id : null;
    }

    /// <inheritdoc />
    public IReadOnlyList<int> Encode(string text, bool addSpecialTokens = true, int maxLength = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        var ids = new List<int>();
        if (addSpecialTokens)
        {
            ids.AddRange(_prefix);
        }

        var first = true;
        foreach (var (segment, added) in SplitOnAddedTokens(text))
        {
            if (added is not null)
            {
                ids.Add(added.Id);
            }
            else
            {
                foreach (var word in _preTokenizer.Split(_normalizer.Apply(segment), first))
                {
                    _model.Tokenize(word, ids);
                }
            }

            first = false;
        }

        var specials = addSpecialTokens ? _suffix.Length : 0;
        if (ids.Count + specials > maxLength)
        {
            ids.RemoveRange(Math.Max(0, maxLength - specials), ids.Count - Math.Max(0, maxLength - specials));
        }

        if (addSpecialTokens)
        {
            ids.AddRange(_suffix);
        }

        return ids;
    }

    /// <inheritdoc />
    public string Decode(IEnumerable<int> ids, bool skipSpecialTokens = true)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var tokens = new List<string>();
        foreach (var id in ids)
        {
            if ((uint)id >= (uint)_idToToken.Length || _idToToken[id] is null)
            {
                throw new ArgumentOutOfRangeException(nameof(ids), id, "The id is outside the vocabulary.");
            }

            if (!(skipSpecialTokens && _specialIds.Contains(id)))
            {
                tokens.Add(_idToToken[id]);
            }
        }

        return _decoder.Decode(tokens);
    }

    /// <inheritdoc />
    public int CountTokens(string text, bool addSpecialTokens = true) => Encode(text, addSpecialTokens).Count;

    private List<(string Segment, HfAddedToken? Added)> SplitOnAddedTokens(string text)
    {
        var parts = new List<(string, HfAddedToken?)>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var match = _addedByFirstChar.TryGetValue(text[i], out var candidates)
                ? Array.Find(candidates, c => text.AsSpan(i).StartsWith(c.Content, StringComparison.Ordinal))
                : null;
            if (match is null)
            {
                i++;
                continue;
            }

            var end = i;
            if (match.LeftStrip)
            {
                while (end > start && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }
            }

            if (end > start)
            {
                parts.Add((text[start..end], null));
            }

            parts.Add((match.Content, match));
            i += match.Content.Length;
            if (match.RightStrip)
            {
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
            }

            start = i;
        }

        if (start < text.Length)
        {
            parts.Add((text[start..], null));
        }

        return parts;
    }
}
