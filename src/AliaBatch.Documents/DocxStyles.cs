using DocumentFormat.OpenXml.Wordprocessing;

namespace AliaBatch.Documents;

/// <summary>Classifies body paragraphs as headings or list items from their style and numbering.</summary>
internal sealed class DocxStyles
{
    private readonly Dictionary<string, Style> _byId = new(StringComparer.Ordinal);

    public DocxStyles(Styles? styles)
    {
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                _byId.TryAdd(id, style);
            }
        }
    }

    public ParagraphKind KindOf(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        if (properties?.OutlineLevel?.Val?.Value is < 9 || IsHeadingStyle(properties?.ParagraphStyleId?.Val?.Value))
        {
            return ParagraphKind.Heading;
        }

        return properties?.NumberingProperties is not null || IsListStyle(properties?.ParagraphStyleId?.Val?.Value)
            ? ParagraphKind.ListItem
            : ParagraphKind.Body;
    }

    private bool IsHeadingStyle(string? styleId)
    {
        // Follow basedOn a few levels: custom heading styles usually derive from "Heading N".
        for (var hops = 0; styleId is not null && hops < 8; hops++)
        {
            var name = _byId.TryGetValue(styleId, out var style) ? style.StyleName?.Val?.Value : null;
            if (IsHeadingName(styleId) || IsHeadingName(name) || style?.StyleParagraphProperties?.OutlineLevel?.Val?.Value is < 9)
            {
                return true;
            }

            styleId = style?.BasedOn?.Val?.Value;
        }

        return false;
    }

    private bool IsListStyle(string? styleId)
    {
        if (styleId is null)
        {
            return false;
        }

        var name = _byId.TryGetValue(styleId, out var style) ? style.StyleName?.Val?.Value : null;
        return style?.StyleParagraphProperties?.NumberingProperties is not null
            || (name ?? styleId).StartsWith("List", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsHeadingName(string? name) => name is not null
        && (name.StartsWith("heading", StringComparison.OrdinalIgnoreCase)
            || name.Equals("title", StringComparison.OrdinalIgnoreCase)
            || name.Equals("subtitle", StringComparison.OrdinalIgnoreCase));
}
