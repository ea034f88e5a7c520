using System.Text;
using AliaBatch.Core.Errors;
using Xunit;

namespace AliaBatch.Documents.Tests;

public sealed class MarkdownExtractorTests
{
    [Fact]
    public async Task Extract_StructuredMarkdown_MapsBlocksToKinds()
    {
        const string markdown = """
            # Resolución de becas

            Se **conceden** las ayudas a [los estudiantes](https://example.org) siguientes.

            - Primera persona beneficiaria
            - Segunda persona

            | Nombre | Importe |
            |--------|---------|
            | Ana    | 900 €   |

            ```
            var code = "dropped";
            ```
            """;

        var document = await Extraction.SingleAsync(markdown, "becas.md");

        Assert.Equal("md", document.Format);
        Assert.Equal(
            [
                ("Resolución de becas", ParagraphKind.Heading),
                ("Se conceden las ayudas a los estudiantes siguientes.", ParagraphKind.Body),
                ("Primera persona beneficiaria", ParagraphKind.ListItem),
                ("Segunda persona", ParagraphKind.ListItem),
                ("Nombre", ParagraphKind.TableCell),
                ("Importe", ParagraphKind.TableCell),
                ("Ana", ParagraphKind.TableCell),
                ("900 €", ParagraphKind.TableCell),
            ],
            document.Paragraphs.Select(p => (p.Text, p.Kind)));
        Assert.DoesNotContain("dropped", document.Text, StringComparison.Ordinal);
        Assert.Equal(markdown.IndexOf("Se **", StringComparison.Ordinal), document.Paragraphs[1].SourceOffset);
    }

    [Theory]
    [InlineData(">", "", 100_000)]
    [InlineData("[", "]", 20_000)]
    public async Task Extract_DeeplyNestedMarkdown_FailsAsTooDeep(string open, string close, int depth)
    {
        var markdown = new StringBuilder()
            .Insert(0, open, depth).Append(" texto ").Append(new StringBuilder().Insert(0, close, depth))
            .ToString();

        var code = await Extraction.FailureCodeAsync(Encoding.UTF8.GetBytes(markdown), "nested.md");

        Assert.Equal(ErrorCodes.DocumentTooDeep, code);
    }

    [Fact]
    public async Task Extract_DeeplyNestedEmphasis_CompletesWithoutCrashing()
    {
        var markdown = new string('*', 20_000) + "texto" + new string('*', 20_000);

        var document = await Extraction.SingleAsync(markdown, "emphasis.md");

        Assert.Contains("texto", document.Text, StringComparison.Ordinal);
    }
}
