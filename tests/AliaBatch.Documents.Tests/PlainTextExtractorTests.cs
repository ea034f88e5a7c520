using System.Text;
using AliaBatch.Core.Errors;
using Xunit;

namespace AliaBatch.Documents.Tests;

public sealed class PlainTextExtractorTests
{
    [Fact]
    public async Task Extract_BlankLineSeparatedText_SplitsParagraphsWithOffsets()
    {
        var text = "Primer párrafo.\nSegunda línea.\n\n\nLa col·lecció és oberta.\n";

        var document = await Extraction.SingleAsync(text, "aviso.txt");

        Assert.Equal("txt", document.Format);
        Assert.Equal("utf-8", document.Encoding);
        Assert.Collection(
            document.Paragraphs,
            p => Assert.Equal(("Primer párrafo.\nSegunda línea.", 0L), (p.Text, p.SourceOffset)),
            p => Assert.Equal(("La col·lecció és oberta.", (long)text.IndexOf("La col", StringComparison.Ordinal)), (p.Text, p.SourceOffset)));
        Assert.Equal("Primer párrafo.\nSegunda línea.\n\nLa col·lecció és oberta.", document.Text);
    }

    [Fact]
    public async Task Extract_Windows1252Bytes_DecodesAndRecordsEncoding()
    {
        var bytes = Encoding.Latin1.GetBytes("Notificación: el año fiscal acaba en diciembre. Col·lecció.");

        var document = await Extraction.SingleAsync(bytes, "legacy.txt");

        Assert.Equal("windows-1252", document.Encoding);
        Assert.Equal("Notificación: el año fiscal acaba en diciembre. Col·lecció.", document.Text);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public async Task Extract_Utf16WithBom_DecodesAndRecordsEncoding(string encodingName)
    {
        var encoding = encodingName == "utf-16le" ? new UnicodeEncoding(false, true) : new UnicodeEncoding(true, true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Udalak jakinarazten du.")).ToArray();

        var document = await Extraction.SingleAsync(bytes, "oharra.txt");

        Assert.Equal(encodingName, document.Encoding);
        Assert.Equal("Udalak jakinarazten du.", document.Text);
    }

    [Fact]
    public async Task Extract_BinaryGarbageNamedTxt_FailsAsBinary()
    {
        var garbage = new byte[64 * 1024];
        new Random(42).NextBytes(garbage);

        var code = await Extraction.FailureCodeAsync(garbage, "notes.txt");

        Assert.Equal(ErrorCodes.DocumentBinary, code);
    }

    [Fact]
    public async Task Extract_ControlCharactersWithoutNul_FailsAsBinary()
    {
        var bytes = Enumerable.Range(0, 4000).Select(i => (byte)(i % 2 == 0 ? 0x01 + (i % 7) : 'a')).ToArray();

        var code = await Extraction.FailureCodeAsync(bytes, "notes.txt");

        Assert.Equal(ErrorCodes.DocumentBinary, code);
    }

    [Fact]
    public async Task Extract_FiftyMegabyteSingleLine_FailsWithTooManyCharacters()
    {
        var line = new byte[50 * 1024 * 1024];
        line.AsSpan().Fill((byte)'a');

        var code = await Extraction.FailureCodeAsync(line, "huge.txt");

        Assert.Equal(ErrorCodes.DocumentTooManyCharacters, code);
    }

    [Fact]
    public async Task Extract_LongSingleLineUnderTheLimit_ReturnsOneParagraph()
    {
        var line = new string('b', 4_000_000);

        var document = await Extraction.SingleAsync(line, "long.txt");

        Assert.Equal(4_000_000, Assert.Single(document.Paragraphs).Text.Length);
    }
}
