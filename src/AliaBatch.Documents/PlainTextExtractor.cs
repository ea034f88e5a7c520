using System.Text;

namespace AliaBatch.Documents;

/// <summary>Plain text: paragraphs are separated by blank lines; lines inside a paragraph are kept.</summary>
internal sealed class PlainTextExtractor(ExtractionOptions options) : IFormatExtractor
{
    public string Format => "txt";

    // Decoding and one scan for blank lines, bounded by MaxCharacters: a parse thread and a deadline cost more than it.
    public bool RunsInline => true;

    public IReadOnlyList<ExtractedDocument> Extract(byte[] content, CancellationToken cancellationToken)
    {
        var decoded = TextDecoder.Decode(content, options.MaxCharacters);
        var collector = new ParagraphCollector(options.MaxCharacters, cancellationToken);
        SplitParagraphs(decoded.Text, collector);
        return [new ExtractedDocument(null, Format, decoded.EncodingName, null, collector.Paragraphs)];
    }

    /// <summary>Adds each blank-line-separated block of <paramref name="text"/> as a body paragraph.</summary>
    public static void SplitParagraphs(string text, ParagraphCollector collector, long baseOffset = 0)
    {
        var paragraph = new StringBuilder();
        var start = -1;
        var position = 0;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.AsSpan(position, end - position).TrimEnd();
            if (line.IsWhiteSpace())
            {
                Flush(collector, paragraph, baseOffset + start);
                start = -1;
            }
            else
            {
                if (start < 0)
                {
                    start = position;
                }
                else
                {
                    paragraph.Append('\n');
                }

                paragraph.Append(line);
            }

            position = end + 1;
        }

        Flush(collector, paragraph, baseOffset + start);
    }

    private static void Flush(ParagraphCollector collector, StringBuilder paragraph, long offset)
    {
        if (paragraph.Length > 0)
        {
            collector.Add(paragraph.ToString(), ParagraphKind.Body, null, offset);
            paragraph.Clear();
        }
    }
}
