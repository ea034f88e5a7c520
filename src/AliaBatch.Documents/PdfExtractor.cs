using AliaBatch.Core.Errors;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace AliaBatch.Documents;

/// <summary>
/// PDF through PdfPig's layout analysis: nearest-neighbour words, Docstrum text blocks and unsupervised
/// reading order, one paragraph per block. Blocks wholly in the top or bottom 10% of the page are
/// classified as header or footer.
/// </summary>
internal sealed class PdfExtractor(ExtractionOptions options) : IFormatExtractor
{
    private const double MarginBand = 0.1;

    public string Format => "pdf";

    public IReadOnlyList<ExtractedDocument> Extract(byte[] content, CancellationToken cancellationToken)
    {
        using var document = Open(content);
        if (document.NumberOfPages > options.MaxPages)
        {
            throw new DocumentProcessingException(
                ErrorCodes.DocumentTooManyPages,
                $"The PDF has {document.NumberOfPages:N0} pages, more than {options.MaxPages:N0} (AliaBatch:Extraction:MaxPages).");
        }

        var collector = new ParagraphCollector(options.MaxCharacters, cancellationToken);
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            AddPage(document.GetPage(number), collector);
        }

        if (collector.Paragraphs.Count == 0)
        {
            throw new DocumentProcessingException(
                ErrorCodes.DocumentNoText,
                $"The PDF's {document.NumberOfPages} page(s) have no text layer (scanned or image-only; OCR is not performed).");
        }

        return [new ExtractedDocument(null, Format, null, document.NumberOfPages, collector.Paragraphs)];
    }

    private static PdfDocument Open(byte[] content)
    {
        try
        {
            return PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DocumentProcessingException(ErrorCodes.DocumentEncrypted, "The PDF is encrypted and needs a password to open.", ex);
        }
    }

    private static void AddPage(Page page, ParagraphCollector collector)
    {
        var words = page.GetWords(NearestNeighbourWordExtractor.Instance).ToList();
        if (words.Count == 0)
        {
            return;
        }

        var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        long offset = 0;
        foreach (var block in UnsupervisedReadingOrderDetector.Instance.Get(blocks))
        {
            var text = string.Join(' ', block.TextLines.Select(line => line.Text));
            collector.Add(text, KindOf(block, page.Height), page.Number, offset);
            offset += text.Length + 2;
        }
    }

    private static ParagraphKind KindOf(TextBlock block, double pageHeight)
    {
        if (pageHeight <= 0)
        {
            return ParagraphKind.Body;
        }

        var box = block.BoundingBox;
        if (box.Bottom >= pageHeight * (1 - MarginBand))
        {
            return ParagraphKind.Header;
        }

        return box.Top <= pageHeight * MarginBand ? ParagraphKind.Footer : ParagraphKind.Body;
    }
}
