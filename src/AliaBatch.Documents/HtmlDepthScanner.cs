namespace AliaBatch.Documents;

/// <summary>
/// A linear pre-scan of HTML tags that estimates element nesting before AngleSharp sees the text.
/// AngleSharp bounds its tree depth, but its tree builder slows down quadratically on pathological
/// nesting (100,000 nested <c>div</c>s run for minutes); this scan rejects such input in one pass.
/// </summary>
/// <remarks>
/// Void elements, elements whose end tag is optional (<c>p</c>, <c>li</c>, <c>td</c>, …) and <c>a</c>
/// (which a new <c>a</c> closes) are not counted, and every end tag closes one level, so the estimate
/// errs low on sloppy markup; the exact check happens on the parsed tree.
/// </remarks>
internal static class HtmlDepthScanner
{
    private static readonly HashSet<string> s_uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "param", "keygen", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody",
        "tfoot", "colgroup", "caption", "rb", "rt", "rp", "rtc", "html", "head", "body", "a", "nobr",
    };

    private static readonly HashSet<string> s_rawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    public static bool Exceeds(string html, int maxDepth)
    {
        var depth = 0;
        var position = 0;
        while ((position = html.IndexOf('<', position)) >= 0 && position + 1 < html.Length)
        {
            var next = html[position + 1];
            if (html.AsSpan(position).StartsWith("<!--", StringComparison.Ordinal))
            {
                position = SkipPast(html, position + 4, "-->");
            }
            else if (next == '/')
            {
                var (_, end) = ReadName(html, position + 2);
                depth = Math.Max(0, depth - 1);
                position = SkipTag(html, end);
            }
            else if (char.IsAsciiLetter(next))
            {
                var (name, end) = ReadName(html, position + 1);
                position = SkipTag(html, end);
                var selfClosing = position >= 2 && html[position - 2] == '/';
                if (s_rawText.Contains(name))
                {
                    position = SkipPast(html, position, "</" + name);
                }
                else if (!selfClosing && !s_uncounted.Contains(name) && ++depth > maxDepth)
                {
                    return true;
                }
            }
            else
            {
                position++;
            }
        }

        return false;
    }

    private static (string Name, int End) ReadName(string html, int start)
    {
        var end = start;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is '-' or ':'))
        {
            end++;
        }

        return (html[start..end], end);
    }

    // Returns the index just past the tag's closing '>', honouring quoted attribute values.
    private static int SkipTag(string html, int position)
    {
        var quote = '\0';
        for (; position < html.Length; position++)
        {
            var c = html[position];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return position + 1;
            }
        }

        return html.Length;
    }

    private static int SkipPast(string html, int position, string marker)
    {
        var found = html.IndexOf(marker, position, StringComparison.OrdinalIgnoreCase);
        return found < 0 ? html.Length : found + marker.Length;
    }
}
