using System.IO.Compression;
using System.Text;
using AliaBatch.Core.Errors;
using Xunit;

namespace AliaBatch.Documents.Tests;

public sealed class DocxExtractorTests
{
    [Fact]
    public async Task Extract_LibreOfficeDocx_ReturnsHeadingsBodyTableNotesHeaderAndFooter()
    {
        var bytes = await File.ReadAllBytesAsync(Extraction.Fixture("multilingual.docx"), TestContext.Current.CancellationToken);

        var document = await Extraction.SingleAsync(bytes, "multilingual.docx");

        Assert.Equal("docx", document.Format);
        var kinds = document.Paragraphs.Select(p => (p.Text, p.Kind)).ToList();
        Assert.Equal(("Ajuntament de Castellgirona · Capçalera oficial", ParagraphKind.Header), kinds[0]);
        Assert.Equal(("Aviso municipal de prueba", ParagraphKind.Heading), kinds[1]);
        Assert.Contains(("La col·lecció de llibres de la biblioteca municipal és oberta tot l'any.", ParagraphKind.Body), kinds);
        Assert.Contains(("Udalak jakinarazten du eskabideak urriaren 15era arte aurkez daitezkeela.", ParagraphKind.Body), kinds);
        Assert.Contains(("O Concello informa de que a biblioteca abre ás nove da mañá.", ParagraphKind.Body), kinds);
        Assert.Contains(("Dimecres", ParagraphKind.TableCell), kinds);
        Assert.Contains(("De 16 a 19 h", ParagraphKind.TableCell), kinds);
        Assert.Contains(("Nota: el plazo se cuenta en días hábiles.", ParagraphKind.Footnote), kinds);
        Assert.Equal(("Peu de pàgina: document de proves", ParagraphKind.Footer), kinds[^1]);
        Assert.True(kinds.FindIndex(k => k.Text == "Dilluns") < kinds.FindIndex(k => k.Text.StartsWith("Residents", StringComparison.Ordinal)));
        Assert.Equal(document.Paragraphs.Select(p => p.SourceOffset).Order(), document.Paragraphs.Select(p => p.SourceOffset));
    }

    [Fact]
    public async Task Extract_ZipBombDocx_FailsWithArchiveLimit()
    {
        var bomb = ZipWith(("[Content_Types].xml", 100), ("word/document.xml", 200L * 1024 * 1024));

        var code = await Extraction.FailureCodeAsync(bomb, "bomb.docx");

        Assert.Equal(ErrorCodes.DocumentArchiveLimit, code);
    }

    [Fact]
    public async Task Extract_TooManyEntries_FailsWithArchiveLimit()
    {
        var entries = Enumerable.Range(0, 50).Select(i => ($"word/media/{i}.bin", 10L)).ToArray();
        var options = new ExtractionOptions { MaxArchiveEntries = 20 };

        var code = await Extraction.FailureCodeAsync(ZipWith(entries), "many.docx", options);

        Assert.Equal(ErrorCodes.DocumentArchiveLimit, code);
    }

    [Fact]
    public async Task Extract_EncryptedOoxmlContainer_FailsAsEncrypted()
    {
        var cfb = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(cfb, 0);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(cfb, 1024);

        var code = await Extraction.FailureCodeAsync(cfb, "secret.docx");

        Assert.Equal(ErrorCodes.DocumentEncrypted, code);
    }

    [Fact]
    public async Task Extract_ZipThatIsNotWord_FailsAsUnsupported()
    {
        var code = await Extraction.FailureCodeAsync(ZipWith(("readme.txt", 10)), "archive.docx");

        Assert.Equal(ErrorCodes.DocumentUnsupportedFormat, code);
    }

    [Fact]
    public async Task Extract_TruncatedDocx_FailsAsCorrupt()
    {
        var bytes = await File.ReadAllBytesAsync(Extraction.Fixture("multilingual.docx"), TestContext.Current.CancellationToken);

        var code = await Extraction.FailureCodeAsync(bytes[..(bytes.Length / 2)], "cut.docx");

        Assert.Equal(ErrorCodes.DocumentCorrupt, code);
    }

    private static byte[] ZipWith(params (string Name, long ZeroBytes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            foreach (var (name, size) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                for (var left = size; left > 0; left -= zeros.Length)
                {
                    entry.Write(zeros, 0, (int)Math.Min(left, zeros.Length));
                }
            }
        }

        return buffer.ToArray();
    }
}
