using System.Globalization;
using Microsoft.ML.OnnxRuntime.Tensors;
using static AliaBatch.Inference.Generation.OnnxProto;

namespace AliaBatch.Inference.Generation;

/// <summary>
/// An ONNX model that gathers rows (axis 0) of several 4-D tensors at once: input <c>rows</c> (int64, <c>[n]</c>)
/// and <c>in{i}</c>, output <c>out{i}</c> = <c>Gather(in{i}, rows, axis=0)</c>. Run on the decoder's execution
/// provider, it compacts or reorders a KV cache where it lives (device memory on CUDA).
/// </summary>
internal static class RowGatherModel
{
    public const string RowsName = "rows";

    private const int Int64Type = 7;

    public static string InputName(int tensor) => string.Create(CultureInfo.InvariantCulture, $"in{tensor}");

    public static string OutputName(int tensor) => string.Create(CultureInfo.InvariantCulture, $"out{tensor}");

    /// <summary>The serialized model for <paramref name="tensors"/> tensors of <paramref name="elementType"/>.</summary>
    public static byte[] Build(int tensors, TensorElementType elementType)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tensors);
        var onnxType = (int)elementType;
        var graph = new List<byte[]> { Text(2, "row_gather"), Message(11, Value(RowsName, Int64Type, "n")) };
        for (var i = 0; i < tensors; i++)
        {
            var axis = Message(5, Text(1, "axis"), Integer(3, 0), Integer(20, 2));
            graph.Add(Message(1, Text(1, InputName(i)), Text(1, RowsName), Text(2, OutputName(i)), Text(3, OutputName(i)), Text(4, "Gather"), axis));
            graph.Add(Message(11, Value(InputName(i), onnxType, "batch", "heads", "length", "width")));
            graph.Add(Message(12, Value(OutputName(i), onnxType, "n", "heads", "length", "width")));
        }

        return [.. Integer(1, 8), .. Text(2, "AliaBatch"), .. Message(7, [.. graph]), .. Message(8, Text(1, string.Empty), Integer(2, 17))];
    }

    /// <summary>A ValueInfoProto: name and a tensor type with symbolic dimensions.</summary>
    private static byte[] Value(string name, int elementType, params string[] dimensions)
    {
        var shape = Message(2, [.. dimensions.Select(d => Message(1, Text(2, d)))]);
        return [.. Text(1, name), .. Message(2, Message(1, Integer(1, elementType), shape))];
    }
}
