using System.ComponentModel.DataAnnotations;
using AliaBatch.Core.Errors;

namespace AliaBatch.Documents;

/// <summary>
/// Extracts paragraphs of text from txt, Markdown, HTML, DOCX, PDF and JSONL documents under the
/// limits of <see cref="ExtractionOptions"/>. Thread-safe; create one and share it.
/// </summary>
public sealed partial class DocumentExtractor
{
    private readonly ExtractionOptions _options;
    private readonly Dictionary<string, IFormatExtractor> _byExtension;
    private readonly IFormatExtractor _text;
    private readonly IFormatExtractor _html;
    private readonly IFormatExtractor _docx;
    private readonly IFormatExtractor _pdf;

    /// <summary>Creates the extractor; <paramref name="options"/> must pass data-annotation validation.</summary>
    /// <exception cref="ValidationException">An option is out of range.</exception>
    public DocumentExtractor(ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        _options = options;
        _text = new PlainTextExtractor(options);
        _html = new HtmlExtractor(options);
        _docx = new DocxExtractor(options);
        _pdf = new PdfExtractor(options);
        var markdown = new MarkdownExtractor(options);
        _byExtension = new Dictionary<string, IFormatExtractor>(StringComparer.OrdinalIgnoreCase)
        {
            [".txt"] = _text,
            [".md"] = markdown,
            [".markdown"] = markdown,
            [".html"] = _html,
            [".htm"] = _html,
            [".docx"] = _docx,
            [".pdf"] = _pdf,
            [".jsonl"] = new JsonlExtractor(options),
        };
    }

    /// <summary>The file extensions handled (lower case, with the dot).</summary>
    public static IReadOnlyCollection<string> SupportedExtensions { get; } =
        [".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf", ".jsonl"];

    /// <summary>
    /// Extracts one document, or one per record for JSONL (a bad record carries
    /// <see cref="ExtractedDocument.Error"/> and no paragraphs; the other records still succeed).
    /// </summary>
    /// <param name="content">The document bytes; read to the end, not disposed.</param>
    /// <param name="fileName">The file name; its extension chooses the format unless the content says otherwise.</param>
    /// <param name="cancellationToken">Cancels the read and the parse.</param>
    /// <exception cref="DocumentProcessingException">The whole file failed; <see cref="DocumentProcessingException.Code"/> says why.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<IReadOnlyList<ExtractedDocument>> ExtractAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);

        var bytes = await ReadAsync(content, cancellationToken);
        var extractor = Choose(bytes, fileName);
        try
        {
            return extractor.RunsInline
                ? extractor.Extract(bytes, cancellationToken)
                : await ParseDeadline.RunAsync(token => extractor.Extract(bytes, token), _options.ParseTimeout, cancellationToken);
        }
        catch (Exception ex) when (IsParserFailure(ex, cancellationToken))
        {
            throw new DocumentProcessingException(
                ErrorCodes.DocumentCorrupt,
                $"The {extractor.Format} document could not be parsed ({ex.GetType().Name}: {ex.Message}).",
                ex);
        }
    }

    private async Task<byte[]> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        try
        {
            return await DocumentBytes.ReadAsync(content, _options.MaxBytes, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException)
        {
            throw new DocumentProcessingException(ErrorCodes.DocumentUnreadable, $"The document could not be read: {ex.Message}", ex);
        }
    }

    private static bool IsParserFailure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        DocumentProcessingException => false,
        OperationCanceledException when cancellationToken.IsCancellationRequested => false,
        OutOfMemoryException => false,
        _ => true,
    };
}
