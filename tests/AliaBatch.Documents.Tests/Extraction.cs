using System.Text;
using AliaBatch.Core.Errors;
using AliaBatch.Documents;
using Xunit;

namespace AliaBatch.Documents.Tests;

/// <summary>Shared arrange/act steps for the extractor tests.</summary>
internal static class Extraction
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static Task<IReadOnlyList<ExtractedDocument>> RunAsync(byte[] content, string fileName, ExtractionOptions? options = null)
    {
        var extractor = new DocumentExtractor(options ?? new ExtractionOptions());
        return extractor.ExtractAsync(new MemoryStream(content), fileName, TestContext.Current.CancellationToken);
    }

    public static Task<IReadOnlyList<ExtractedDocument>> RunAsync(string text, string fileName, ExtractionOptions? options = null) =>
        RunAsync(Encoding.UTF8.GetBytes(text), fileName, options);

    public static async Task<ExtractedDocument> SingleAsync(byte[] content, string fileName, ExtractionOptions? options = null) =>
        Assert.Single(await RunAsync(content, fileName, options));

    public static Task<ExtractedDocument> SingleAsync(string text, string fileName, ExtractionOptions? options = null) =>
        SingleAsync(Encoding.UTF8.GetBytes(text), fileName, options);

    public static async Task<string> FailureCodeAsync(byte[] content, string fileName, ExtractionOptions? options = null)
    {
        var failure = await Assert.ThrowsAsync<DocumentProcessingException>(() => RunAsync(content, fileName, options));
        return failure.Code;
    }
}
