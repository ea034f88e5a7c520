namespace AliaBatch.Documents;

/// <summary>How HTML element names map onto extraction: dropped, block (paragraph boundary) or inline.</summary>
internal static class HtmlElements
{
    private static readonly HashSet<string> s_skipped = new(StringComparer.Ordinal)
    {
        "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "canvas", "select", "button", "audio", "video",
    };

    private static readonly HashSet<string> s_blocks = new(StringComparer.Ordinal)
    {
        "html", "body", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "td", "th", "tr", "table", "thead", "tbody", "tfoot", "caption", "section", "article", "header",
        "footer", "main", "nav", "aside", "blockquote", "pre", "address", "figure", "figcaption", "form",
        "fieldset", "legend", "hr", "details", "summary",
    };

    public static bool IsSkipped(string name) => s_skipped.Contains(name);

    public static bool IsBlock(string name) => s_blocks.Contains(name);

    /// <summary>The kind a block element gives its paragraphs, or <see langword="null"/> to inherit the parent's.</summary>
    public static ParagraphKind? KindOf(string name) => name switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => ParagraphKind.Heading,
        "li" or "dt" or "dd" => ParagraphKind.ListItem,
        "td" or "th" => ParagraphKind.TableCell,
        "header" => ParagraphKind.Header,
        "footer" => ParagraphKind.Footer,
        _ => null,
    };
}
