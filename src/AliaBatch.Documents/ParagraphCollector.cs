using AliaBatch.Core.Errors;

namespace AliaBatch.Documents;

/// <summary>Accumulates paragraphs while enforcing the character limit and observing cancellation.</summary>
internal sealed class ParagraphCollector(int maxCharacters, CancellationToken cancellationToken)
{
    private readonly List<ExtractedParagraph> _paragraphs = [];
    private long _characters;

    public IReadOnlyList<ExtractedParagraph> Paragraphs => _paragraphs;

    public void Add(string text, ParagraphKind kind, int? page, long sourceOffset)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return;
        }

        _characters += trimmed.Length;
        if (_characters > maxCharacters)
        {
            throw TooManyCharacters(maxCharacters);
        }

        _paragraphs.Add(new ExtractedParagraph(trimmed, kind, page, sourceOffset));
    }

    public static DocumentProcessingException TooManyCharacters(int maxCharacters) => new(
        ErrorCodes.DocumentTooManyCharacters,
        $"The document yields more than {maxCharacters:N0} characters (AliaBatch:Extraction:MaxCharacters).");
}
