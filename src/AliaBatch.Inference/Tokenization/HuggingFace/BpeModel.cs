using System.Globalization;

namespace AliaBatch.Inference.Tokenization.HuggingFace;

/// <summary>
/// The BPE model of Hugging Face <c>tokenizers</c>: merges applied lowest rank first (leftmost on ties), with
/// SentencePiece-style byte fallback for characters outside the vocabulary.
/// </summary>
internal sealed class BpeModel
{
    private readonly Dictionary<string, int> _vocab;
    private readonly Dictionary<(int Left, int Right), (int Rank, int NewId)> _merges;
    private readonly int? _unkId;
    private readonly bool _byteFallback;
    private readonly bool _fuseUnk;
    private readonly bool _ignoreMerges;
    private readonly int[]? _byteIds;

    public BpeModel(Dictionary<string, int> vocab, IReadOnlyList<(string Left, string Right)> merges, string? unkToken, bool byteFallback, bool fuseUnk, bool ignoreMerges)
    {
        _vocab = vocab;
        _merges = new Dictionary<(int, int), (int, int)>(merges.Count);
        for (var rank = 0; rank < merges.Count; rank++)
        {
            var (left, right) = merges[rank];
            if (!vocab.TryGetValue(left, out var l) || !vocab.TryGetValue(right, out var r) || !vocab.TryGetValue(left + right, out var merged))
            {
                throw new InvalidDataException($"BPE merge #{rank} '{left} {right}' refers to tokens missing from the vocabulary.");
            }

            _merges.TryAdd((l, r), (rank, merged));
        }

        _unkId = unkToken is not null && vocab.TryGetValue(unkToken, out var unk) ? unk : null;
        _byteFallback = byteFallback;
        _fuseUnk = fuseUnk;
        _ignoreMerges = ignoreMerges;
        if (byteFallback)
        {
            var byteIds = new int[256];
            for (var b = 0; b < 256; b++)
            {
                byteIds[b] = vocab.TryGetValue(ByteToken((byte)b), out var id) ? id : -1;
            }

            _byteIds = byteIds;
        }
    }

    public static string ByteToken(byte value) => string.Create(CultureInfo.InvariantCulture, $"<0x{value:X2}>");

    /// <summary>Tokenizes one pre-tokenized word, appending ids.</summary>
    public void Tokenize(string word, List<int> ids)
    {
        if (word.Length == 0)
        {
            return;
        }

        if (_ignoreMerges && _vocab.TryGetValue(word, out var whole))
        {
            ids.Add(whole);
            return;
        }

        var symbols = InitialSymbols(word);
        MergeAll(symbols);
        foreach (var symbol in symbols)
        {
            if (symbol.Id >= 0)
            {
                ids.Add(symbol.Id);
            }
        }
    }

    private List<Symbol> InitialSymbols(string word)
    {
        var symbols = new List<Symbol>(word.Length);
        Span<byte> utf8 = stackalloc byte[4];
        var previousWasUnk = false;
        foreach (var rune in word.EnumerateRunes())
        {
            if (_vocab.TryGetValue(rune.ToString(), out var id))
            {
                symbols.Add(new Symbol(id));
                previousWasUnk = false;
                continue;
            }

            if (_byteIds is not null)
            {
                var count = rune.EncodeToUtf8(utf8);
                var allKnown = true;
                for (var i = 0; i < count; i++)
                {
                    allKnown &= _byteIds[utf8[i]] >= 0;
                }

                if (allKnown)
                {
                    for (var i = 0; i < count; i++)
                    {
                        symbols.Add(new Symbol(_byteIds[utf8[i]]));
                    }

                    previousWasUnk = false;
                    continue;
                }
            }

            if (_unkId is not int unk)
            {
                throw new InvalidDataException($"Character U+{rune.Value:X4} is not in the vocabulary and the tokenizer has no unknown token.");
            }

            if (!(_fuseUnk && previousWasUnk))
            {
                symbols.Add(new Symbol(unk));
            }

            previousWasUnk = true;
        }

        return symbols;
    }

    private void MergeAll(List<Symbol> symbols)
    {
        var queue = new PriorityQueue<(int Pos, int NewId), (int Rank, int Pos)>();
        for (var i = 0; i < symbols.Count; i++)
        {
            symbols[i] = symbols[i] with { Prev = i - 1, Next = i + 1 < symbols.Count ? i + 1 : -1 };
        }

        for (var i = 0; i + 1 < symbols.Count; i++)
        {
            Enqueue(queue, symbols, i);
        }

        while (queue.TryDequeue(out var top, out _))
        {
            var left = symbols[top.Pos];
            if (left.Id < 0 || left.Next < 0)
            {
                continue;
            }

            var right = symbols[left.Next];
            if (!_merges.TryGetValue((left.Id, right.Id), out var merge) || merge.NewId != top.NewId)
            {
                continue;
            }

            symbols[top.Pos] = left with { Id = merge.NewId, Next = right.Next };
            symbols[left.Next] = right with { Id = -1 };
            if (right.Next >= 0)
            {
                symbols[right.Next] = symbols[right.Next] with { Prev = top.Pos };
            }

            if (left.Prev >= 0)
            {
                Enqueue(queue, symbols, left.Prev);
            }

            Enqueue(queue, symbols, top.Pos);
        }
    }

    private void Enqueue(PriorityQueue<(int Pos, int NewId), (int Rank, int Pos)> queue, List<Symbol> symbols, int pos)
    {
        var left = symbols[pos];
        if (left.Next < 0)
        {
            return;
        }

        if (_merges.TryGetValue((left.Id, symbols[left.Next].Id), out var merge))
        {
            queue.Enqueue((pos, merge.NewId), (merge.Rank, pos));
        }
    }

    private readonly record struct Symbol(int Id, int Prev = -1, int Next = -1);
}
