using System.Text;
using System.Text.RegularExpressions;
using AliaBatch.Core.Errors;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AliaBatch.Documents;

/// <summary>
/// HTML through AngleSharp. Scripts, styles and other non-content elements are dropped; block elements
/// (p, h1–h6, li, td/th, div, …) become paragraphs and <c>br</c> a line break inside one.
/// </summary>
/// <remarks>
/// <see cref="HtmlDepthScanner"/> rejects pathological nesting before parsing; AngleSharp is told to stop
/// nesting one level past <see cref="ExtractionOptions.MaxHtmlDepth"/>, so its tree stays shallow; the walk
/// (iterative, never recursive) then reports any element beyond the limit as <see cref="ErrorCodes.DocumentTooDeep"/>.
/// </remarks>
internal sealed partial class HtmlExtractor(ExtractionOptions options) : IFormatExtractor
{
    public string Format => "html";

    public IReadOnlyList<ExtractedDocument> Extract(byte[] content, CancellationToken cancellationToken)
    {
        var decoded = TextDecoder.Decode(content, int.MaxValue, DeclaredCharset(content));
        if (HtmlDepthScanner.Exceeds(decoded.Text, options.MaxHtmlDepth))
        {
            throw TooDeep();
        }

        var parser = new HtmlParser(new HtmlParserOptions
        {
            MaximumDepth = options.MaxHtmlDepth + 1,
            IsScripting = false,
            SkipComments = true,
        });
        using var document = parser.ParseDocument(decoded.Text);
        var collector = new ParagraphCollector(options.MaxCharacters, cancellationToken);
        if (document.DocumentElement is { } root)
        {
            Walk(root, collector, cancellationToken);
        }

        return [new ExtractedDocument(null, Format, decoded.EncodingName, null, collector.Paragraphs)];
    }

    private void Walk(IElement root, ParagraphCollector collector, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var blocks = new Stack<(ParagraphKind Kind, long Ordinal)>();
        blocks.Push((ParagraphKind.Body, 0));
        var pending = new Stack<(INode Node, int Depth, bool Exit)>();
        pending.Push((root, 1, false));
        long ordinal = 0;

        while (pending.TryPop(out var item))
        {
            if (item.Exit)
            {
                Flush(text, blocks.Pop(), collector);
                continue;
            }

            if (item.Node is IText textNode)
            {
                AppendCollapsed(text, textNode.Data);
                continue;
            }

            if (item.Node is not IElement element)
            {
                continue;
            }

            if (item.Depth > options.MaxHtmlDepth)
            {
                throw TooDeep();
            }

            if (++ordinal % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var name = element.LocalName;
            if (HtmlElements.IsSkipped(name))
            {
                continue;
            }

            if (name == "br")
            {
                text.Append('\n');
                continue;
            }

            if (HtmlElements.IsBlock(name))
            {
                Flush(text, blocks.Peek(), collector);
                blocks.Push((HtmlElements.KindOf(name) ?? blocks.Peek().Kind, ordinal));
                pending.Push((element, item.Depth, true));
            }

            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                pending.Push((child, item.Depth + 1, false));
            }
        }

        Flush(text, blocks.Peek(), collector);
    }

    private DocumentProcessingException TooDeep() => new(
        ErrorCodes.DocumentTooDeep,
        $"HTML elements are nested deeper than {options.MaxHtmlDepth} levels (AliaBatch:Extraction:MaxHtmlDepth).");

    private static void Flush(StringBuilder text, (ParagraphKind Kind, long Ordinal) block, ParagraphCollector collector)
    {
        if (text.Length > 0)
        {
            collector.Add(text.ToString().Replace(" \n", "\n", StringComparison.Ordinal).Replace("\n ", "\n", StringComparison.Ordinal), block.Kind, null, block.Ordinal);
            text.Clear();
        }
    }

    private static void AppendCollapsed(StringBuilder text, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && !char.IsWhiteSpace(text[^1]))
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c);
            }
        }
    }

    private static string? DeclaredCharset(byte[] content)
    {
        var head = Encoding.Latin1.GetString(content, 0, Math.Min(content.Length, 1024));
        var match = CharsetPattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex CharsetPattern();
}
