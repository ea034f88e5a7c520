using AliaBatch.Evaluation.Suites;
using AliaBatch.Orchestration.Evaluation;
using AliaBatch.Pipeline;
using AliaBatch.Pipeline.Tasks;
using AliaBatch.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace AliaBatch.Orchestration.Tests.Evaluation;

public sealed class SuitePipelineRunnerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_ClassificationSuite_ClassifiesEveryItemZeroShotWithTheSuiteLabels()
    {
        using var host = BuildHost([]);
        var suite = SuiteLoader.Parse(
            """
            {
              "id": "notices-topics",
              "version": "1",
              "description": "Council notices by topic.",
              "task": "classification",
              "languages": [ "es" ],
              "labels": [ "impuestos", "cultura" ],
              "metrics": [ { "name": "accuracy", "regressionThreshold": 5 } ],
              "data": { "name": "written for this test", "licence": "CC0" }
            }
            """,
            string.Join('\n',
                """{"id":"c1","source":"El plazo para pagar el impuesto de bienes inmuebles termina el 30 de noviembre.","sourceLanguage":"es","label":"impuestos"}""",
                """{"id":"c2","source":"El museo municipal abre una exposición de pintura y un ciclo de conciertos.","sourceLanguage":"es","label":"cultura"}"""),
            "suite.json",
            "items.jsonl");
        var runner = host.Services.GetRequiredService<SuitePipelineRunner>();

        var outputs = await runner.RunAsync(suite, Token);

        Assert.Equal(ClassifyDocumentTask.ModelId, outputs.System);
        Assert.Equal(["c1", "c2"], outputs.Items.Keys.Order(StringComparer.Ordinal));
        Assert.All(outputs.Items.Values, o => Assert.Contains(o.Text, new[] { "impuestos", "cultura" }));
        Assert.All(outputs.Items.Values, o => Assert.NotNull(o.LatencyMs));
    }

    [Fact]
    public void SystemName_SummarizationWithModel_IsTheModelFolderName()
    {
        using var host = BuildHost(new() { ["AliaBatch:Models:Summarization"] = "/models/salamandra-2b-instruct/" });
        var suite = new Suite(new SuiteManifest
        {
            Id = "s",
            Version = "1",
            Description = "d",
            Task = SuiteTask.Summarization,
            Metrics = [],
            Data = new SuiteDataSource("n", "CC0"),
        }, []);

        Assert.Equal("salamandra-2b-instruct", host.Services.GetRequiredService<SuitePipelineRunner>().SystemName(suite));
    }

    [Fact]
    public async Task RunAsync_TranslationSuiteWithoutModel_ThrowsNamingTheSetting()
    {
        using var host = BuildHost([]);
        var suite = await SuiteLoader.LoadAsync(RepositoryPaths.InRepository("eval-suites", "udhr-translation"), Token);

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => host.Services.GetRequiredService<SuitePipelineRunner>().RunAsync(suite, Token));

        Assert.Contains("AliaBatch:Models:Translation", exception.Message, StringComparison.Ordinal);
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddAliaBatchPipeline();
        builder.Services.AddAliaBatchOrchestration();
        return builder.Build();
    }
}
