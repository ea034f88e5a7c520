using Microsoft.ML.OnnxRuntime;

namespace AliaBatch.Inference.Generation;

/// <summary>
/// The past keys and values of every layer for a batch, <c>[batch, kv_heads, length, head_dim]</c> each.
/// Owns its native values; <see cref="Gather"/> builds the cache of a subset or reordering of rows, which is
/// how finished sequences leave the batch and how beam search follows its beams. A cache from the IOBinding path
/// (<see cref="DecoderSession.ForwardWithBinding"/>) lives in the session's device memory and gathers there.
/// </summary>
public sealed class KvCache : IDisposable
{
    private readonly DecoderModelInfo _info;
    private readonly IDisposable _owner;
    private readonly DeviceCache? _device;

    private KvCache(DecoderModelInfo info, IReadOnlyList<OrtValue> keys, IReadOnlyList<OrtValue> values, int batchSize, int length, IDisposable owner, DeviceCache? device)
    {
        _info = info;
        Keys = keys;
        Values = values;
        BatchSize = batchSize;
        Length = length;
        _owner = owner;
        _device = device;
    }

    /// <summary>Rows (sequences) in the cache.</summary>
    public int BatchSize { get; }

    /// <summary>Positions held per row (padding included).</summary>
    public int Length { get; }

    /// <summary>Key tensors by layer.</summary>
    public IReadOnlyList<OrtValue> Keys { get; }

    /// <summary>Value tensors by layer.</summary>
    public IReadOnlyList<OrtValue> Values { get; }

    /// <summary>Whether the tensors stay in the decoder session's device memory (the IOBinding path), never copied to the host.</summary>
    public bool IsDeviceResident => _device is not null;

    /// <summary>An empty cache (length 0) for the first step of a batch.</summary>
    public static KvCache Empty(DecoderModelInfo info, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentOutOfRangeException.ThrowIfNegative(batchSize);
        return Allocate(info, batchSize, 0);
    }

    /// <summary>Wraps present tensors returned by a run; <paramref name="owner"/> is disposed with the cache.</summary>
    /// <param name="info">The decoder layout.</param>
    /// <param name="keys">Key tensors by layer.</param>
    /// <param name="values">Value tensors by layer.</param>
    /// <param name="owner">Releases the tensors.</param>
    /// <param name="device">Gathers rows where the tensors live; null for host tensors.</param>
    internal static KvCache FromPresent(DecoderModelInfo info, IReadOnlyList<OrtValue> keys, IReadOnlyList<OrtValue> values, IDisposable owner, DeviceCache? device = null)
    {
        var shape = keys[0].GetTensorTypeAndShape().Shape;
        return new KvCache(info, keys, values, checked((int)shape[0]), checked((int)shape[2]), owner, device);
    }

    /// <summary>Wraps tensors allocated by <paramref name="device"/>, interleaved key, value by layer; the cache owns them.</summary>
    internal static KvCache Create(DecoderModelInfo info, List<OrtValue> interleaved, int batchSize, int length, DeviceCache device)
    {
        var keys = interleaved.Where((_, i) => i % 2 == 0).ToArray();
        var values = interleaved.Where((_, i) => i % 2 == 1).ToArray();
        return new KvCache(info, keys, values, batchSize, length, new OwnedValues(interleaved), device);
    }

    /// <summary>Builds a new cache whose row <c>i</c> is this cache's row <c>rows[i]</c> (rows may repeat), where this cache lives.</summary>
    public KvCache Gather(IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Any(r => r < 0 || r >= BatchSize))
        {
            throw new ArgumentOutOfRangeException(nameof(rows), $"Rows must lie in [0, {BatchSize}).");
        }

        if (_device is not null)
        {
            return _device.Gather(this, rows);
        }

        var gathered = Allocate(_info, rows.Count, Length);
        var rowBytes = (long)_info.NumKeyValueHeads * Length * _info.HeadDim * _info.KvElementSize;
        for (var layer = 0; layer < _info.NumLayers; layer++)
        {
            CopyRows(Keys[layer], gathered.Keys[layer], rows, rowBytes);
            CopyRows(Values[layer], gathered.Values[layer], rows, rowBytes);
        }

        return gathered;
    }

    /// <summary>Releases the native tensors.</summary>
    public void Dispose() => _owner.Dispose();

    private static void CopyRows(OrtValue source, OrtValue target, IReadOnlyList<int> rows, long rowBytes)
    {
        if (rowBytes == 0)
        {
            return;
        }

        var from = source.GetTensorMutableRawData();
        var to = target.GetTensorMutableRawData();
        var size = checked((int)rowBytes);
        for (var i = 0; i < rows.Count; i++)
        {
            from.Slice(rows[i] * size, size).CopyTo(to.Slice(i * size, size));
        }
    }

    private static KvCache Allocate(DecoderModelInfo info, int batchSize, int length)
    {
        var owned = new List<OrtValue>(info.NumLayers * 2);
        var owner = new OwnedValues(owned);
        try
        {
            long[] shape = [batchSize, info.NumKeyValueHeads, length, info.HeadDim];
            for (var i = 0; i < info.NumLayers * 2; i++)
            {
                owned.Add(OrtValue.CreateAllocatedTensorValue(OrtAllocator.DefaultInstance, info.KvElementType, shape));
            }

            var keys = owned.Where((_, i) => i % 2 == 0).ToArray();
            var values = owned.Where((_, i) => i % 2 == 1).ToArray();
            return new KvCache(info, keys, values, batchSize, length, owner, null);
        }
        catch
        {
            owner.Dispose();
            throw;
        }
    }

    private sealed class OwnedValues(List<OrtValue> values) : IDisposable
    {
        public void Dispose()
        {
            foreach (var value in values)
            {
                value.Dispose();
            }
        }
    }
}
