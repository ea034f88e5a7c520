using System.Text;

namespace AliaBatch.Documents;

/// <summary>Recognises container formats from their leading bytes, for files whose extension lies.</summary>
internal static class ContentSniffer
{
    private static readonly byte[] s_pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] s_zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] s_cfb = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static SniffedContent Sniff(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(s_zip))
        {
            return SniffedContent.Zip;
        }

        if (content.StartsWith(s_cfb))
        {
            return SniffedContent.CompoundFile;
        }

        // PDF readers accept the header anywhere in the first KB (ISO 32000-1, implementation note 13).
        if (content[..Math.Min(content.Length, 1024)].IndexOf(s_pdf) >= 0)
        {
            return SniffedContent.Pdf;
        }

        return LooksLikeHtml(content) ? SniffedContent.Html : SniffedContent.Unknown;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> content)
    {
        var head = Encoding.Latin1.GetString(content[..Math.Min(content.Length, 512)])
            .TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
