using System.Text;
using AliaBatch.Core.Errors;

namespace AliaBatch.Documents;

/// <summary>
/// Decodes text bytes: a byte-order mark wins, then a declared charset (HTML), then strict UTF-8,
/// then strict Windows-1252. Content with NULs or many control characters is rejected as binary.
/// </summary>
internal static class TextDecoder
{
    private const int SampleBytes = 64 * 1024;

    private static readonly Encoding s_strictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding s_strictUtf16Le = new UnicodeEncoding(false, false, throwOnInvalidBytes: true);
    private static readonly Encoding s_strictUtf16Be = new UnicodeEncoding(true, false, throwOnInvalidBytes: true);
    private static readonly Encoding s_strictUtf32Le = new UTF32Encoding(false, false, throwOnInvalidCharacters: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(byte[] content, int maxCharacters, string? declaredCharset = null)
    {
        var (encoding, name, preamble) = DetectBom(content);
        if (encoding is null)
        {
            RejectBinary(content);
            (encoding, name) = FromDeclaredCharset(declaredCharset) ?? ChooseUtf8OrWindows1252(content);
        }

        var body = content.AsSpan(preamble);
        int count;
        try
        {
            count = encoding.GetCharCount(body);
        }
        catch (DecoderFallbackException ex)
        {
            throw new DocumentProcessingException(
                ErrorCodes.DocumentEncodingUnknown, $"The text is not valid {name}.", ex);
        }

        if (count > maxCharacters)
        {
            throw ParagraphCollector.TooManyCharacters(maxCharacters);
        }

        var text = encoding.GetString(body);
        if (preamble == 0)
        {
            RejectControlCharacters(text);
        }

        return new DecodedText(text, name);
    }

    private static (Encoding? Encoding, string Name, int Preamble) DetectBom(ReadOnlySpan<byte> content) => content switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (s_strictUtf8, "utf-8", 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (s_strictUtf32Le, "utf-32le", 4),
        [0xFF, 0xFE, ..] => (s_strictUtf16Le, "utf-16le", 2),
        [0xFE, 0xFF, ..] => (s_strictUtf16Be, "utf-16be", 2),
        _ => (null, string.Empty, 0),
    };

    private static (Encoding, string)? FromDeclaredCharset(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        try
        {
            var declared = Encoding.GetEncoding(
                charset.Trim(), EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return (declared, declared.WebName);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static (Encoding, string) ChooseUtf8OrWindows1252(byte[] content)
    {
        try
        {
            _ = s_strictUtf8.GetCharCount(content);
            return (s_strictUtf8, "utf-8");
        }
        catch (DecoderFallbackException)
        {
            var windows1252 = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return (windows1252, "windows-1252");
        }
    }

    private static void RejectBinary(ReadOnlySpan<byte> content)
    {
        var sample = content[..Math.Min(content.Length, SampleBytes)];
        if (sample.Contains((byte)0))
        {
            throw Binary("it contains NUL bytes");
        }
    }

    private static void RejectControlCharacters(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleBytes));
        var controls = 0;
        foreach (var c in sample)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v'))
            {
                controls++;
            }
        }

        // Real text has a stray control character at most; a tenth of them is a binary file.
        if (controls * 10 > sample.Length)
        {
            throw Binary("more than 10% of its characters are control characters");
        }
    }

    private static DocumentProcessingException Binary(string why) => new(
        ErrorCodes.DocumentBinary, $"The document is not text: {why}.");
}
