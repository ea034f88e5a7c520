using AliaBatch.Core.Errors;

namespace AliaBatch.Documents;

public sealed partial class DocumentExtractor
{
    // The extension picks the format, but container signatures win when the extension lies:
    // a PDF or DOCX renamed .txt is still parsed as what it is.
    private IFormatExtractor Choose(byte[] content, string fileName)
    {
        var extension = Path.GetExtension(fileName);
        _byExtension.TryGetValue(extension, out var byExtension);
        switch (ContentSniffer.Sniff(content))
        {
            case SniffedContent.Pdf:
                return _pdf;
            case SniffedContent.Zip or SniffedContent.CompoundFile:
                return _docx;
            case SniffedContent.Html when byExtension is null || byExtension == _text:
                return _html;
            default:
                return byExtension ?? throw new DocumentProcessingException(
                    ErrorCodes.DocumentUnsupportedFormat,
                    $"'{extension}' is not a supported format (supported: {string.Join(' ', SupportedExtensions)}).");
        }
    }
}
