using System.ComponentModel.DataAnnotations;
using AliaBatch.Core.Errors;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Documents.Tests;

public sealed class DocumentExtractorTests
{
    [Fact]
    public void SupportedExtensions_ListsEveryFormat()
    {
        Assert.Equal([".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf", ".jsonl"], DocumentExtractor.SupportedExtensions);
    }

    [Fact]
    public void Constructor_InvalidOptions_Throws()
    {
        Assert.Throws<ValidationException>(() => new DocumentExtractor(new ExtractionOptions { MaxBytes = 0 }));
    }

    [Fact]
    public async Task ExtractAsync_ZeroBytes_FailsAsEmpty()
    {
        Assert.Equal(ErrorCodes.DocumentEmpty, await Extraction.FailureCodeAsync([], "empty.txt"));
    }

    [Fact]
    public async Task ExtractAsync_UnknownExtension_FailsAsUnsupported()
    {
        Assert.Equal(ErrorCodes.DocumentUnsupportedFormat, await Extraction.FailureCodeAsync("hola"u8.ToArray(), "notes.rtf"));
    }

    [Fact]
    public async Task ExtractAsync_PdfNamedTxt_IsParsedAsPdf()
    {
        var bytes = await File.ReadAllBytesAsync(Extraction.Fixture("multilingual.pdf"), TestContext.Current.CancellationToken);

        var document = await Extraction.SingleAsync(bytes, "misnamed.txt");

        Assert.Equal("pdf", document.Format);
    }

    [Fact]
    public async Task ExtractAsync_HtmlNamedTxt_IsParsedAsHtml()
    {
        var document = await Extraction.SingleAsync("<!DOCTYPE html><html><body><p>Hola</p><script>x()</script></body></html>", "page.txt");

        Assert.Equal(("html", "Hola"), (document.Format, document.Text));
    }

    [Fact]
    public async Task ExtractAsync_SeekableStreamOverByteLimit_FailsAsTooLarge()
    {
        var options = new ExtractionOptions { MaxBytes = 100 };

        Assert.Equal(ErrorCodes.DocumentTooLarge, await Extraction.FailureCodeAsync(new byte[101], "big.txt", options));
    }

    [Fact]
    public async Task ExtractAsync_NonSeekableStreamOverByteLimit_FailsAsTooLarge()
    {
        var extractor = new DocumentExtractor(new ExtractionOptions { MaxBytes = 100_000 });
        using var pipe = new BufferedStream(new NonSeekableStream(new MemoryStream(new byte[1_000_000])));

        var failure = await Assert.ThrowsAsync<DocumentProcessingException>(
            () => extractor.ExtractAsync(pipe, "big.txt", TestContext.Current.CancellationToken));

        Assert.Equal(ErrorCodes.DocumentTooLarge, failure.Code);
    }

    [Fact]
    public async Task ExtractAsync_NonSeekableStreamLargerThanAChunk_ReadsItAll()
    {
        var text = string.Concat(Enumerable.Repeat("Bon dia a tothom. ", 10_000));
        using var pipe = new NonSeekableStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)));

        var documents = await new DocumentExtractor(new ExtractionOptions()).ExtractAsync(pipe, "long.txt", TestContext.Current.CancellationToken);

        Assert.Equal(text.Trim(), Assert.Single(documents).Text);
    }

    [Fact]
    public async Task ExtractAsync_SeekableStreamPastItsStart_ReadsFromItsPosition()
    {
        using var content = new MemoryStream("ignored|Kaixo mundua"u8.ToArray());
        content.Position = "ignored|".Length;

        var documents = await new DocumentExtractor(new ExtractionOptions()).ExtractAsync(content, "eu.txt", TestContext.Current.CancellationToken);

        Assert.Equal("Kaixo mundua", Assert.Single(documents).Text);
    }

    [Fact]
    public async Task ExtractAsync_ParseTimeoutExceeded_FailsWithParseTimeout()
    {
        var options = new ExtractionOptions { ParseTimeout = TimeSpan.FromMilliseconds(1) };
        var huge = string.Concat(Enumerable.Repeat("<p>paràgraf</p>", 400_000));

        Assert.Equal(ErrorCodes.DocumentParseTimeout, await Extraction.FailureCodeAsync(System.Text.Encoding.UTF8.GetBytes(huge), "slow.html", options));
    }

    [Fact]
    public async Task ExtractAsync_PlainText_RunsInlineWithoutTheParseDeadline()
    {
        // Plain text is our own single pass: no parse thread, so no deadline; the same size of HTML times out above.
        var options = new ExtractionOptions { ParseTimeout = TimeSpan.FromMilliseconds(1) };
        var huge = string.Concat(Enumerable.Repeat("Paràgraf de prova.\n\n", 200_000));

        var documents = await Extraction.RunAsync(huge, "big.txt", options);

        Assert.Equal(200_000, Assert.Single(documents).Paragraphs.Count);
    }
}
