using System.IO.Compression;
using System.Text;
using AliaBatch.Core.Errors;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AliaBatch.Documents;

/// <summary>
/// DOCX through the OpenXML SDK, after <see cref="ArchiveInspector"/> has bounded the archive. Order:
/// header parts, body (paragraphs and table cells in document order), footnotes, endnotes, footer parts.
/// </summary>
internal sealed class DocxExtractor(ExtractionOptions options) : IFormatExtractor
{
    public string Format => "docx";

    public IReadOnlyList<ExtractedDocument> Extract(byte[] content, CancellationToken cancellationToken)
    {
        if (ContentSniffer.Sniff(content) == SniffedContent.CompoundFile)
        {
            throw CompoundFileError(content);
        }

        ArchiveInspector.Inspect(content, options, cancellationToken);
        RequireWordDocument(content);

        var settings = new OpenSettings
        {
            MaxCharactersInPart = Math.Min(options.MaxArchiveUncompressedBytes, int.MaxValue),
        };
        using var stream = new MemoryStream(content, writable: false);
        using var document = WordprocessingDocument.Open(stream, false, settings);
        var main = document.MainDocumentPart
            ?? throw new DocumentProcessingException(ErrorCodes.DocumentCorrupt, "The DOCX file has no main document part.");

        var walker = new DocxBodyWalker(main, new ParagraphCollector(options.MaxCharacters, cancellationToken));
        foreach (var header in main.HeaderParts)
        {
            walker.AddContainer(header.Header, ParagraphKind.Header);
        }

        walker.AddContainer(main.Document?.Body, ParagraphKind.Body);
        walker.AddNotes(main.FootnotesPart?.Footnotes?.Elements<Footnote>().Where(IsNote));
        walker.AddNotes(main.EndnotesPart?.Endnotes?.Elements<Endnote>().Where(IsNote));
        foreach (var footer in main.FooterParts)
        {
            walker.AddContainer(footer.Footer, ParagraphKind.Footer);
        }

        return [new ExtractedDocument(null, Format, null, null, walker.Paragraphs)];
    }

    // Ids -1 and 0 (or a type attribute) mark the separator and continuation-separator pseudo-notes.
    private static bool IsNote(FootnoteEndnoteType note) => note.Type is null || note.Type.Value == FootnoteEndnoteValues.Normal;

    private static void RequireWordDocument(byte[] content)
    {
        using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        if (archive.GetEntry("[Content_Types].xml") is null || !archive.Entries.Any(e => e.FullName.StartsWith("word/", StringComparison.Ordinal)))
        {
            throw new DocumentProcessingException(
                ErrorCodes.DocumentUnsupportedFormat, "The zip archive is not a Word (DOCX) document.");
        }
    }

    // Encrypted OOXML is stored in a Compound File with an "EncryptedPackage" stream; any other
    // compound file is a legacy binary Office document (.doc), which is not supported.
    private static DocumentProcessingException CompoundFileError(byte[] content)
    {
        var marker = Encoding.Unicode.GetBytes("EncryptedPackage");
        return content.AsSpan().IndexOf(marker) >= 0
            ? new DocumentProcessingException(ErrorCodes.DocumentEncrypted, "The DOCX file is encrypted (password protected).")
            : new DocumentProcessingException(ErrorCodes.DocumentUnsupportedFormat, "The file is a legacy binary Office document (.doc), not DOCX.");
    }
}
