using System.Text;
using AliaBatch.Core.Errors;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AliaBatch.Documents;

/// <summary>
/// Markdown through Markdig: headings, paragraphs, list items and table cells as text. Code blocks,
/// raw HTML blocks and link reference definitions are dropped: they are not prose, and sending them to
/// translation or language identification would corrupt or skew the result.
/// </summary>
internal sealed class MarkdownExtractor(ExtractionOptions options) : IFormatExtractor
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .Build();

    public string Format => "md";

    public IReadOnlyList<ExtractedDocument> Extract(byte[] content, CancellationToken cancellationToken)
    {
        var decoded = TextDecoder.Decode(content, options.MaxCharacters);
        var document = Parse(decoded.Text);
        var collector = new ParagraphCollector(options.MaxCharacters, cancellationToken);

        var pending = new Stack<(Block Block, ParagraphKind Kind)>();
        PushChildren(pending, document, ParagraphKind.Body);
        while (pending.TryPop(out var item))
        {
            switch (item.Block)
            {
                case HeadingBlock heading:
                    collector.Add(InlineText(heading.Inline), ParagraphKind.Heading, null, heading.Span.Start);
                    break;
                case ParagraphBlock paragraph:
                    collector.Add(InlineText(paragraph.Inline), item.Kind, null, paragraph.Span.Start);
                    break;
                case ContainerBlock container:
                    PushChildren(pending, container, KindOf(container, item.Kind));
                    break;
                default:
                    break;
            }
        }

        return [new ExtractedDocument(null, Format, decoded.EncodingName, null, collector.Paragraphs)];
    }

    // Markdig refuses absurd nesting (thousands of '>' levels) with an ArgumentException from its depth guard.
    private static MarkdownDocument Parse(string text)
    {
        try
        {
            return Markdown.Parse(text, s_pipeline);
        }
        catch (ArgumentException ex)
        {
            throw new DocumentProcessingException(ErrorCodes.DocumentTooDeep, "Markdown elements are nested too deeply to parse.", ex);
        }
    }

    private static ParagraphKind KindOf(ContainerBlock container, ParagraphKind inherited) => container switch
    {
        ListItemBlock => ParagraphKind.ListItem,
        TableCell => ParagraphKind.TableCell,
        _ => inherited,
    };

    private static void PushChildren(Stack<(Block, ParagraphKind)> pending, ContainerBlock container, ParagraphKind kind)
    {
        for (var i = container.Count - 1; i >= 0; i--)
        {
            pending.Push((container[i], kind));
        }
    }

    // Walks the inline tree through parent/sibling links rather than recursion, so deep emphasis
    // or link nesting cannot exhaust the stack.
    private static string InlineText(ContainerInline? root)
    {
        var text = new StringBuilder();
        Inline? node = root?.FirstChild;
        while (node is not null)
        {
            AppendLeaf(text, node);
            if (node is ContainerInline { FirstChild: { } child })
            {
                node = child;
                continue;
            }

            while (node is not null && node != root && node.NextSibling is null)
            {
                node = node.Parent;
            }

            node = node is null || node == root ? null : node.NextSibling;
        }

        return text.ToString();
    }

    private static void AppendLeaf(StringBuilder text, Inline node)
    {
        switch (node)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case LineBreakInline lineBreak:
                text.Append(lineBreak.IsHard ? '\n' : ' ');
                break;
            default:
                break;
        }
    }
}
