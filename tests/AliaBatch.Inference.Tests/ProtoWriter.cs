using System.Buffers.Binary;
using System.Text;

namespace AliaBatch.Inference.Tests;

/// <summary>Just enough protobuf encoding to write ONNX and SentencePiece model files by hand.</summary>
internal static class ProtoWriter
{
    public static byte[] Str(int field, string value) => Msg(field, Encoding.UTF8.GetBytes(value));

    public static byte[] Msg(int field, byte[] payload) => [.. Varint((ulong)((field << 3) | 2)), .. Varint((ulong)payload.Length), .. payload];

    public static byte[] VarintField(int field, long value) => [.. Varint((ulong)(field << 3)), .. Varint((ulong)value)];

    public static byte[] FloatField(int field, float value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteSingleLittleEndian(bytes, value);
        return [.. Varint((ulong)((field << 3) | 5)), .. bytes];
    }

    private static byte[] Varint(ulong value)
    {
        var bytes = new List<byte>();
        do
        {
            var b = (byte)(value & 0x7F);
            value >>= 7;
            bytes.Add(value == 0 ? b : (byte)(b | 0x80));
        }
        while (value != 0);
        return [.. bytes];
    }
}
