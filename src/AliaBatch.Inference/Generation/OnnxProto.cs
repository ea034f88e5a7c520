using System.Text;

namespace AliaBatch.Inference.Generation;

/// <summary>
/// Just enough protobuf encoding to write a small ONNX model in memory (<see cref="RowGatherModel"/>):
/// length-delimited messages and strings, and varint fields.
/// </summary>
internal static class OnnxProto
{
    public static byte[] Text(int field, string value) => Message(field, Encoding.UTF8.GetBytes(value));

    public static byte[] Message(int field, params byte[][] parts)
    {
        var payload = parts.SelectMany(p => p).ToArray();
        return [.. Varint((ulong)((field << 3) | 2)), .. Varint((ulong)payload.Length), .. payload];
    }

    public static byte[] Integer(int field, long value) => [.. Varint((ulong)(field << 3)), .. Varint(unchecked((ulong)value))];

    private static byte[] Varint(ulong value)
    {
        var bytes = new List<byte>(10);
        do
        {
            var low = (byte)(value & 0x7F);
            value >>= 7;
            bytes.Add(value == 0 ? low : (byte)(low | 0x80));
        }
        while (value != 0);
        return [.. bytes];
    }
}
