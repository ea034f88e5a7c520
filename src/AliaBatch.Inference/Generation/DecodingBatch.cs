namespace AliaBatch.Inference.Generation;

/// <summary>
/// The running rows of a batch: left-padded ids and attention masks of equal width, and the cache that matches
/// them. Rows can be appended to, dropped or reordered (<see cref="Select"/>) together with their cache rows.
/// </summary>
internal sealed class DecodingBatch : IDisposable
{
    private readonly DecoderSession _decoder;
    private readonly bool _useCache;
    private readonly bool _useBinding;
    private List<List<long>> _ids;
    private List<List<long>> _masks;
    private KvCache? _cache;

    public DecodingBatch(DecoderSession decoder, IReadOnlyList<IReadOnlyList<int>> prompts, int padId, bool useCache, bool useBinding)
    {
        _decoder = decoder;
        _useCache = useCache;
        _useBinding = useBinding;
        var width = prompts.Max(p => p.Count);
        _ids = [.. prompts.Select(p => Enumerable.Repeat((long)padId, width - p.Count).Concat(p.Select(t => (long)t)).ToList())];
        _masks = [.. prompts.Select(p => Enumerable.Repeat(0L, width - p.Count).Concat(Enumerable.Repeat(1L, p.Count)).ToList())];
    }

    public int Count => _ids.Count;

    /// <summary>Runs the pending columns (all of them on the first step or without a cache, else the last) and returns last-position logits.</summary>
    public (float[] Logits, int Vocabulary) Run(CancellationToken cancellationToken)
    {
        var width = _ids[0].Count;
        var fresh = _cache is null || !_useCache;
        var fed = fresh ? width : 1;
        var ids = new long[Count * fed];
        var positions = new long[Count * fed];
        var mask = new long[Count * width];
        for (var row = 0; row < Count; row++)
        {
            var rowPositions = Positions(_masks[row]);
            for (var i = 0; i < fed; i++)
            {
                ids[(row * fed) + i] = _ids[row][width - fed + i];
                positions[(row * fed) + i] = rowPositions[width - fed + i];
            }

            _masks[row].CopyTo(mask, row * width);
        }

        using var empty = fresh ? (_useBinding ? _decoder.EmptyDeviceCache(Count) : KvCache.Empty(_decoder.Info, Count)) : null;
        using var step = _useBinding
            ? _decoder.ForwardWithBinding(ids, fed, mask, positions, empty ?? _cache!, cancellationToken)
            : _decoder.Forward(ids, fed, mask, positions, empty ?? _cache!, cancellationToken);
        _cache?.Dispose();
        _cache = step.TakePresent();
        return (step.Logits, step.VocabularySize);
    }

    /// <summary>Appends one column: a token and mask 1 per row.</summary>
    public void Append(IReadOnlyList<int> tokens)
    {
        for (var row = 0; row < Count; row++)
        {
            _ids[row].Add(tokens[row]);
            _masks[row].Add(1);
        }
    }

    /// <summary>Keeps rows <paramref name="rows"/> in that order (rows may repeat), with their cache rows.</summary>
    public void Select(IReadOnlyList<int> rows)
    {
        _ids = [.. rows.Select(r => new List<long>(_ids[r]))];
        _masks = [.. rows.Select(r => new List<long>(_masks[r]))];
        if (_cache is not null && _useCache)
        {
            var gathered = _cache.Gather(rows);
            _cache.Dispose();
            _cache = gathered;
        }
    }

    public void Dispose() => _cache?.Dispose();

    /// <summary>HF generate's positions: <c>cumsum(mask) - 1</c>, with padded slots set to 1.</summary>
    private static long[] Positions(List<long> mask)
    {
        var positions = new long[mask.Count];
        var count = 0L;
        for (var i = 0; i < mask.Count; i++)
        {
            count += mask[i];
            positions[i] = mask[i] == 0 ? 1 : count - 1;
        }

        return positions;
    }
}
