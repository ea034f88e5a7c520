using System.Buffers.Binary;
using Google.Protobuf;
using Onnx;

namespace AliaBatch.ModelBuilder.Graph;

/// <summary>
/// Holds initializer bytes either inline in the model (<c>raw_data</c>) or in an ONNX external-data file,
/// which models over the 2 GB protobuf limit need. Random weights are streamed in chunks so a multi-GB
/// model never has to fit in memory.
/// </summary>
internal sealed class TensorStore : IDisposable
{
    private const int ChunkElements = 1 << 20;
    private readonly FileStream? _external;
    private readonly string? _externalFileName;

    public TensorStore(string? externalDataPath)
    {
        if (externalDataPath is not null)
        {
            _external = new FileStream(externalDataPath, FileMode.Create, FileAccess.Write, FileShare.None);
            _externalFileName = Path.GetFileName(externalDataPath);
        }
    }

    public void Dispose() => _external?.Dispose();

    /// <summary>Fills <paramref name="tensor"/> with <paramref name="count"/> values from <paramref name="next"/>.</summary>
    public void Fill(TensorProto tensor, long count, Func<float> next)
    {
        var half = tensor.DataType == (int)TensorProto.Types.DataType.Float16;
        var elementSize = half ? 2 : 4;
        var buffer = new byte[(int)Math.Min(count, ChunkElements) * elementSize];
        using var inline = _external is null ? new MemoryStream() : null;
        var target = (Stream?)inline ?? _external!;
        var offset = target.Position;
        for (var done = 0L; done < count;)
        {
            var n = (int)Math.Min(count - done, ChunkElements);
            for (var i = 0; i < n; i++)
            {
                var value = next();
                if (half)
                {
                    BinaryPrimitives.WriteHalfLittleEndian(buffer.AsSpan(i * 2), (Half)value);
                }
                else
                {
                    BinaryPrimitives.WriteSingleLittleEndian(buffer.AsSpan(i * 4), value);
                }
            }

            target.Write(buffer, 0, n * elementSize);
            done += n;
        }

        if (inline is not null)
        {
            tensor.RawData = ByteString.CopyFrom(inline.GetBuffer(), 0, (int)inline.Length);
            return;
        }

        tensor.DataLocation = TensorProto.Types.DataLocation.External;
        tensor.ExternalData.Add(new StringStringEntryProto { Key = "location", Value = _externalFileName });
        tensor.ExternalData.Add(new StringStringEntryProto { Key = "offset", Value = offset.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        tensor.ExternalData.Add(new StringStringEntryProto { Key = "length", Value = (count * elementSize).ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }
}
