using AliaBatch.ModelBuilder.Decoder;
using AliaBatch.ModelBuilder.Encoder;

namespace AliaBatch.Inference.Tests.Packs;

/// <summary>Generated Hugging Face / Optimum export folders and packs imported from them.</summary>
internal static class PackExports
{
    public static readonly string[] TopicLabels = ["health", "tax", "transport"];

    public static string Encoder(string parent, string name = "roberta-ca-topics", EncoderHead head = EncoderHead.SequenceClassification)
    {
        var folder = Path.Combine(parent, name);
        EncoderModelBuilder.Build(new EncoderSpec { Labels = TopicLabels, Head = head }, folder, seed: 7);
        return folder;
    }

    public static string Decoder(string parent, string name = "salamandra-tiny-instruct")
    {
        var folder = Path.Combine(parent, name);
        DecoderModelBuilder.Build(new DecoderSpec(), folder, seed: 11);
        return folder;
    }

    public static void FlipByte(string path, long offset)
    {
        using var stream = File.Open(path, FileMode.Open, FileAccess.ReadWrite);
        stream.Position = offset;
        var value = stream.ReadByte();
        stream.Position = offset;
        stream.WriteByte((byte)(value ^ 0xFF));
    }
}
