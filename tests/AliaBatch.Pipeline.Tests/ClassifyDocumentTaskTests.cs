using AliaBatch.Core.Errors;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Languages;
using AliaBatch.Core.Results;
using AliaBatch.Inference.Embeddings;
using AliaBatch.Pipeline.Analysis;
using AliaBatch.Pipeline.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace AliaBatch.Pipeline.Tests;

public sealed class ClassifyDocumentTaskTests : IDisposable
{
    private readonly Microsoft.Extensions.Hosting.IHost _host = PipelineHost.Create();

    private ClassifyDocumentTask Task => _host.Services.GetServices<IDocumentTask>().OfType<ClassifyDocumentTask>().Single();

    private static AnalyzedDocument Document(string text) => new(
        "doc.txt",
        new SourceInfo("doc.txt", null, null, text.Length, "txt"),
        [text],
        [],
        new LanguageInfo(LanguageTag.English, 1));

    private static readonly JobTasks s_tasks = new()
    {
        Classify = new ClassifyTask
        {
            Labels = ["taxes", "health", "transport"],
            Descriptions = new Dictionary<string, string>
            {
                ["taxes"] = "taxes, property tax and payment deadlines",
                ["health"] = "health centre, doctor and medical appointments",
                ["transport"] = "buses, trains and public transport",
            },
        },
    };

    [Theory]
    [InlineData("The deadline to pay the annual property tax is 30 November; unpaid bills incur a surcharge.", "taxes")]
    [InlineData("Your appointment with the family doctor at the health centre is on Monday at 9:30.", "health")]
    [InlineData("Bus line 7 will run every ten minutes and the new train station opens in March.", "transport")]
    public async Task RunAsync_EnglishNotice_PicksTheTopic(string text, string expected)
    {
        var result = await Task.RunAsync(Document(text), s_tasks, TestContext.Current.CancellationToken);

        Assert.Null(result.Error);
        Assert.Equal([expected], result.Outputs.Classification!.Labels);
        Assert.Equal(3, result.Outputs.Classification.Scores.Count);
        var stage = Assert.Single(result.Provenance);
        Assert.Equal(ClassifyDocumentTask.ModelId, stage.Model);
        Assert.Equal(64, stage.ModelSha256!.Length);
        Assert.Equal("Cpu", stage.ExecutionProvider);
    }

    [Fact]
    public async Task RunAsync_UnknownModelPack_FailsWithModelUnavailable()
    {
        var tasks = new JobTasks { Classify = s_tasks.Classify! with { Model = "acme/classifier" } };

        var result = await Task.RunAsync(Document("Anything at all about buses."), tasks, TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.ModelUnavailable, result.Error!.Code);
        Assert.Contains("acme/classifier", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Embedder_IsTheBuiltInMiniLm() =>
        Assert.Equal(MiniLmModel.Dimensions, _host.Services.GetRequiredService<SentenceEmbedder>().Dimensions);

    public void Dispose() => _host.Dispose();
}
