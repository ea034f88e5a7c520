using System.Globalization;
using AliaBatch.Inference.Sessions;
using Microsoft.ML.OnnxRuntime;

namespace AliaBatch.Inference.Generation;

/// <summary>
/// KV-cache tensors kept where the decoder session runs (device memory on CUDA, host memory on the CPU), for the
/// IOBinding path: empty caches from the session's own allocator, and row gathers (compaction, beam reordering)
/// by a generated Gather model on the same execution provider, so the cache never crosses to the host.
/// </summary>
internal sealed class DeviceCache(OnnxModelSession session, DecoderModelInfo info)
{
    private readonly string _gatherKey = string.Create(CultureInfo.InvariantCulture, $"row-gather-{info.NumLayers * 2}-{info.KvElementType}");

    /// <summary>An empty cache (length 0) of <paramref name="batchSize"/> rows.</summary>
    public KvCache Empty(int batchSize) => Allocate(batchSize, 0, out _);

    /// <summary>A new cache whose row <c>i</c> is row <c>rows[i]</c> of <paramref name="source"/>, gathered on the session's device.</summary>
    public KvCache Gather(KvCache source, IReadOnlyList<int> rows)
    {
        var gatherer = session.Companion(_gatherKey, () => RowGatherModel.Build(info.NumLayers * 2, info.KvElementType));
        var gathered = Allocate(rows.Count, source.Length, out var tensors);
        try
        {
            using var indices = OrtValue.CreateTensorValueFromMemory(rows.Select(r => (long)r).ToArray(), [rows.Count]);
            using var binding = gatherer.CreateIoBinding();
            binding.BindInput(RowGatherModel.RowsName, indices);
            for (var layer = 0; layer < info.NumLayers; layer++)
            {
                binding.BindInput(RowGatherModel.InputName(2 * layer), source.Keys[layer]);
                binding.BindInput(RowGatherModel.InputName((2 * layer) + 1), source.Values[layer]);
            }

            for (var i = 0; i < tensors.Count; i++)
            {
                binding.BindOutput(RowGatherModel.OutputName(i), tensors[i]);
            }

            gatherer.RunWithBinding(binding);
            return gathered;
        }
        catch
        {
            gathered.Dispose();
            throw;
        }
    }

    /// <summary>Tensors from the decoder session's allocator, so gathered caches reuse its device arena.</summary>
    private KvCache Allocate(int batchSize, int length, out IReadOnlyList<OrtValue> tensors)
    {
        var owned = new List<OrtValue>(info.NumLayers * 2);
        try
        {
            long[] shape = [batchSize, info.NumKeyValueHeads, length, info.HeadDim];
            for (var i = 0; i < info.NumLayers * 2; i++)
            {
                owned.Add(OrtValue.CreateAllocatedTensorValue(session.DeviceAllocator, info.KvElementType, shape));
            }

            tensors = owned;
            return KvCache.Create(info, owned, batchSize, length, this);
        }
        catch
        {
            owned.ForEach(v => v.Dispose());
            throw;
        }
    }
}
