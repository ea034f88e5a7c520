using System.Text;
using AliaBatch.Core.Errors;
using Xunit;

namespace AliaBatch.Documents.Tests;

public sealed class HtmlExtractorTests
{
    [Fact]
    public async Task Extract_PageWithScriptsAndBlocks_KeepsBlockTextOnly()
    {
        const string html = """
            <!DOCTYPE html><html><head><title>T</title><style>p{}</style></head>
            <body><header>Concello de Proba</header>
            <h1>Anuncio</h1><script>alert('x')</script><noscript>js</noscript>
            <p>O Concello   informa<br>da nova biblioteca.</p>
            <div>Texto <b>en</b> bloque</div>
            <ul><li>Primeiro</li><li>Segundo</li></ul>
            <table><tr><td>Luns</td><th>9 h</th></tr></table>
            <template><p>hidden</p></template>
            <footer>Rúa Maior, 1</footer></body></html>
            """;

        var document = await Extraction.SingleAsync(html, "anuncio.html");

        Assert.Equal(
            [
                ("Concello de Proba", ParagraphKind.Header),
                ("Anuncio", ParagraphKind.Heading),
                ("O Concello informa\nda nova biblioteca.", ParagraphKind.Body),
                ("Texto en bloque", ParagraphKind.Body),
                ("Primeiro", ParagraphKind.ListItem),
                ("Segundo", ParagraphKind.ListItem),
                ("Luns", ParagraphKind.TableCell),
                ("9 h", ParagraphKind.TableCell),
                ("Rúa Maior, 1", ParagraphKind.Footer),
            ],
            document.Paragraphs.Select(p => (p.Text, p.Kind)));
        Assert.Equal("utf-8", document.Encoding);
    }

    [Fact]
    public async Task Extract_DeclaredLatin1Charset_DecodesWithDeclaredEncoding()
    {
        var html = Encoding.Latin1.GetBytes("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Informació</p></body></html>");

        var document = await Extraction.SingleAsync(html, "latin.htm");

        Assert.Equal("Informació", document.Text);
        Assert.Equal("iso-8859-1", document.Encoding);
    }

    [Fact]
    public async Task Extract_HundredThousandNestedDivs_FailsAsTooDeep()
    {
        var html = new StringBuilder("<html><body>")
            .Insert(12, "<div>", 100_000).Append("deep")
            .ToString();

        var code = await Extraction.FailureCodeAsync(Encoding.UTF8.GetBytes(html), "deep.html");

        Assert.Equal(ErrorCodes.DocumentTooDeep, code);
    }

    [Fact]
    public async Task Extract_NestingJustOverTheLimit_FailsAsTooDeep()
    {
        var options = new ExtractionOptions { MaxHtmlDepth = 50 };
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 49)) + "x" + string.Concat(Enumerable.Repeat("</div>", 49));

        var code = await Extraction.FailureCodeAsync(Encoding.UTF8.GetBytes(html), "deep.html", options);

        Assert.Equal(ErrorCodes.DocumentTooDeep, code);
    }

    [Fact]
    public async Task Extract_NestingAtTheLimit_Succeeds()
    {
        var options = new ExtractionOptions { MaxHtmlDepth = 50 };
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 48)) + "x" + string.Concat(Enumerable.Repeat("</div>", 48));

        var document = await Extraction.SingleAsync(html, "deep.html", options);

        Assert.Equal("x", document.Text);
    }
}
