using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AliaBatch.Documents;

/// <summary>Turns WordprocessingML containers into paragraphs: paragraphs, table cells, notes.</summary>
internal sealed class DocxBodyWalker(MainDocumentPart main, ParagraphCollector collector)
{
    private readonly DocxStyles _styles = new(main.StyleDefinitionsPart?.Styles);
    private readonly HashSet<string> _seenMargins = new(StringComparer.Ordinal);
    private long _ordinal;

    public IReadOnlyList<ExtractedParagraph> Paragraphs => collector.Paragraphs;

    /// <summary>Adds a body, header or footer. Identical header/footer texts (first page, even pages) are kept once.</summary>
    public void AddContainer(OpenXmlElement? container, ParagraphKind kind)
    {
        if (container is null)
        {
            return;
        }

        if (kind is ParagraphKind.Header or ParagraphKind.Footer && !_seenMargins.Add($"{kind}:{container.InnerText}"))
        {
            return;
        }

        var pending = new Stack<(OpenXmlElement Element, ParagraphKind Kind)>();
        PushChildren(pending, container, kind);
        while (pending.TryPop(out var item))
        {
            switch (item.Element)
            {
                case Paragraph paragraph:
                    AddParagraph(paragraph, item.Kind);
                    break;
                case TableCell cell:
                    PushChildren(pending, cell, ParagraphKind.TableCell);
                    break;
                case Table or TableRow or SdtBlock or SdtContentBlock or SdtRow or SdtContentRow or SdtCell or SdtContentCell or CustomXmlBlock:
                    PushChildren(pending, item.Element, item.Kind);
                    break;
                default:
                    break;
            }
        }
    }

    public void AddNotes(IEnumerable<OpenXmlCompositeElement>? notes)
    {
        foreach (var note in notes ?? [])
        {
            AddContainer(note, ParagraphKind.Footnote);
        }
    }

    private void AddParagraph(Paragraph paragraph, ParagraphKind kind)
    {
        _ordinal++;
        if (kind == ParagraphKind.Body)
        {
            kind = _styles.KindOf(paragraph);
        }

        collector.Add(TextOf(paragraph), kind, null, _ordinal);
    }

    private static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                default:
                    break;
            }
        }

        return text.ToString();
    }

    private static void PushChildren(Stack<(OpenXmlElement, ParagraphKind)> pending, OpenXmlElement container, ParagraphKind kind)
    {
        foreach (var child in container.ChildElements.Reverse())
        {
            pending.Push((child, kind));
        }
    }
}
