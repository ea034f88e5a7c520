using AliaBatch.Core.Errors;
using Xunit;

namespace AliaBatch.Documents.Tests;

public sealed class PdfExtractorTests
{
    [Fact]
    public async Task Extract_LibreOfficePdf_ReturnsTextWithPageNumbers()
    {
        var bytes = await ReadFixtureAsync("multilingual.pdf");

        var document = await Extraction.SingleAsync(bytes, "multilingual.pdf");

        Assert.Equal(("pdf", 2), (document.Format, document.PageCount));
        Assert.Contains(document.Paragraphs, p => p.Page == 1 && p.Text.Contains("La col·lecció de llibres", StringComparison.Ordinal));
        Assert.Contains(document.Paragraphs, p => p.Page == 1 && p.Text.Contains("Udalak jakinarazten du", StringComparison.Ordinal));
        Assert.Contains(document.Paragraphs, p => p.Page == 1 && p.Text.Contains("ás nove da mañá", StringComparison.Ordinal));
        Assert.Contains(document.Paragraphs, p => p.Page == 2 && p.Text.Contains("Residents from abroad", StringComparison.Ordinal));
        Assert.Contains(document.Paragraphs, p => p.Kind == ParagraphKind.Header && p.Text.Contains("Capçalera", StringComparison.Ordinal));
        Assert.Contains(document.Paragraphs, p => p.Kind == ParagraphKind.Footer && p.Text.Contains("Peu de pàgina", StringComparison.Ordinal));
        var firstPage = document.Text.IndexOf("Aviso municipal", StringComparison.Ordinal);
        Assert.InRange(firstPage, 0, document.Text.IndexOf("Udalak", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Extract_PasswordProtectedPdf_FailsAsEncrypted()
    {
        var code = await Extraction.FailureCodeAsync(await ReadFixtureAsync("encrypted.pdf"), "encrypted.pdf");

        Assert.Equal(ErrorCodes.DocumentEncrypted, code);
    }

    [Fact]
    public async Task Extract_ImageOnlyPdf_FailsWithNoText()
    {
        var code = await Extraction.FailureCodeAsync(await ReadFixtureAsync("image-only.pdf"), "scan.pdf");

        Assert.Equal(ErrorCodes.DocumentNoText, code);
    }

    [Fact]
    public async Task Extract_TruncatedPdf_FailsAsCorrupt()
    {
        var bytes = await ReadFixtureAsync("multilingual.pdf");

        var code = await Extraction.FailureCodeAsync(bytes[..(bytes.Length / 3)], "cut.pdf");

        Assert.Equal(ErrorCodes.DocumentCorrupt, code);
    }

    [Fact]
    public async Task Extract_MorePagesThanTheLimit_FailsWithTooManyPages()
    {
        var options = new ExtractionOptions { MaxPages = 1 };

        var code = await Extraction.FailureCodeAsync(await ReadFixtureAsync("multilingual.pdf"), "long.pdf", options);

        Assert.Equal(ErrorCodes.DocumentTooManyPages, code);
    }

    private static Task<byte[]> ReadFixtureAsync(string name) =>
        File.ReadAllBytesAsync(Extraction.Fixture(name), TestContext.Current.CancellationToken);
}
