using static AliaBatch.Inference.Tests.ProtoWriter;

namespace AliaBatch.Inference.Tests;

/// <summary>
/// Writes minimal ONNX files by hand-encoding the protobuf, so session tests need no generated or downloaded model.
/// </summary>
internal static class TinyOnnx
{
    public const int Float = 1;
    public const int Int64 = 7;

    public sealed record Node(string OpType, string[] Inputs, string[] Outputs, byte[]? Attributes = null);

    public sealed record Value(string Name, int ElementType, params object[] Dims);

    /// <summary>y = Identity(x) with x float [batch, n].</summary>
    public static byte[] Identity() => Model(
        [new Node("Identity", ["x"], ["y"])],
        [new Value("x", Float, "batch", "n")],
        [new Value("y", Float, "batch", "n")]);

    public static byte[] Model(Node[] nodes, Value[] inputs, Value[] outputs, int opset = 17)
    {
        var graph = new List<byte>();
        foreach (var node in nodes)
        {
            var n = new List<byte>();
            foreach (var i in node.Inputs)
            {
                n.AddRange(Str(1, i));
            }

            foreach (var o in node.Outputs)
            {
                n.AddRange(Str(2, o));
            }

            n.AddRange(Str(4, node.OpType));
            if (node.Attributes is not null)
            {
                n.AddRange(node.Attributes);
            }

            graph.AddRange(Msg(1, [.. n]));
        }

        graph.AddRange(Str(2, "tiny"));
        foreach (var v in inputs)
        {
            graph.AddRange(Msg(11, ValueInfo(v)));
        }

        foreach (var v in outputs)
        {
            graph.AddRange(Msg(12, ValueInfo(v)));
        }

        var model = new List<byte>();
        model.AddRange(VarintField(1, 8));
        model.AddRange(Msg(7, [.. graph]));
        model.AddRange(Msg(8, [.. Str(1, string.Empty), .. VarintField(2, opset)]));
        return [.. model];
    }

    /// <summary>An int64 list attribute (e.g. axes).</summary>
    public static byte[] IntsAttribute(string name, params long[] values)
    {
        var a = new List<byte>(Str(1, name));
        foreach (var v in values)
        {
            a.AddRange(VarintField(8, v));
        }

        a.AddRange(VarintField(20, 7));
        return Msg(5, [.. a]);
    }

    /// <summary>An int attribute (e.g. to, keepdims, axis).</summary>
    public static byte[] IntAttribute(string name, long value) =>
        Msg(5, [.. Str(1, name), .. VarintField(3, value), .. VarintField(20, 2)]);

    private static byte[] ValueInfo(Value v)
    {
        var shape = new List<byte>();
        foreach (var d in v.Dims)
        {
            shape.AddRange(d is string p ? Msg(1, Str(2, p)) : Msg(1, VarintField(1, Convert.ToInt64(d, System.Globalization.CultureInfo.InvariantCulture))));
        }

        var tensor = new List<byte>(VarintField(1, v.ElementType));
        tensor.AddRange(Msg(2, [.. shape]));
        return [.. Str(1, v.Name), .. Msg(2, Msg(1, [.. tensor]))];
    }
}
