using AliaBatch.Core.Errors;
using Xunit;

namespace AliaBatch.Documents.Tests;

public sealed class JsonlExtractorTests
{
    [Fact]
    public async Task Extract_MixedRecords_ReturnsOneDocumentPerLineWithPerRecordErrors()
    {
        const string jsonl = """
            {"id": "a-1", "text": "Sol·licito una còpia del padró."}
            {"id": 2, "text": "Primer párrafo.\n\nSegundo párrafo."}
            not json at all

            {"id": "a-4"}
            {"id": "a-1", "text": "duplicate"}
            {"text": "no id"}
            """;

        var documents = await Extraction.RunAsync(jsonl, "requests.jsonl");

        Assert.Equal(["a-1", "2", "line-3", "a-4", "a-1", "line-7"], documents.Select(d => d.RecordId));
        Assert.Equal("Sol·licito una còpia del padró.", documents[0].Text);
        Assert.Equal(2, documents[1].Paragraphs.Count);
        Assert.All(documents.Take(2), d => Assert.Null(d.Error));
        Assert.All(documents.Skip(2), d => Assert.Equal(ErrorCodes.DocumentCorrupt, d.Error?.Code));
        Assert.All(documents.Skip(2), d => Assert.Empty(d.Paragraphs));
    }

    [Fact]
    public async Task Extract_ConfiguredFieldNames_ReadsThoseFields()
    {
        var options = new ExtractionOptions { JsonlIdField = "ref", JsonlTextField = "body" };

        var document = await Extraction.SingleAsync("{\"ref\":\"X9\",\"body\":\"Bon dia\"}", "r.jsonl", options);

        Assert.Equal(("X9", "Bon dia"), (document.RecordId, document.Text));
    }

    [Fact]
    public async Task Extract_RecordOverCharacterLimit_FailsOnlyThatRecord()
    {
        var options = new ExtractionOptions { MaxCharacters = 10 };
        const string jsonl = "{\"id\":\"long\",\"text\":\"far more than ten characters\"}\n{\"id\":\"short\",\"text\":\"ok\"}";

        var documents = await Extraction.RunAsync(jsonl, "r.jsonl", options);

        Assert.Equal(ErrorCodes.DocumentTooManyCharacters, documents[0].Error?.Code);
        Assert.Equal("ok", documents[1].Text);
    }
}
