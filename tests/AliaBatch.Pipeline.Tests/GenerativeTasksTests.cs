using AliaBatch.Core.Jobs;
using AliaBatch.Core.Languages;
using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using AliaBatch.ModelBuilder;
using AliaBatch.ModelBuilder.Decoder;
using AliaBatch.Storage;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Pipeline.Tests;

/// <summary>Translate and abstractive summarize through the job runner with a generated Llama decoder (random weights, real graph).</summary>
public sealed class GenerativeTasksTests : IDisposable
{
    private readonly TemporaryFolder _input = new("gen-input");
    private readonly TemporaryFolder _output = new("gen-output");
    private readonly TemporaryFolder _model = new("gen-model");
    private readonly Microsoft.Extensions.Hosting.IHost _host;

    public GenerativeTasksTests()
    {
        DecoderModelBuilder.Build(new DecoderSpec { MaxPositionEmbeddings = 2048 }, _model.Path, seed: 7);
        _host = PipelineHost.Create(new Dictionary<string, string?>
        {
            ["AliaBatch:Models:Translation"] = _model.Path,
            ["AliaBatch:Models:Summarization"] = _model.Path,
            ["AliaBatch:Models:TranslationMaxNewTokens"] = "6",
            ["AliaBatch:Models:TranslationBeams"] = "2",
            ["AliaBatch:Models:SummaryMaxNewTokens"] = "8",
            ["AliaBatch:Models:SummaryChunkTokens"] = "64",
            ["AliaBatch:Inference:ExecutionProvider"] = "Cpu",
        });
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private IObjectStore Results => new FileSystemObjectStore(_output.Path);

    private JobRequest Request(JobTasks tasks) => new()
    {
        JobId = "gen",
        Source = new JobSource { Kind = SourceKind.Local, Path = _input.Path },
        Tasks = tasks,
    };

    [Fact]
    public async Task RunAsync_TranslateWithModel_WritesEveryTargetWithProvenance()
    {
        _input.WriteFile("es.txt", Documents.Spanish + "\n\nSegundo párrafo. Con dos frases.");
        var tasks = new JobTasks { Translate = new TranslateTask { Targets = [LanguageTag.Catalan, LanguageTag.Basque, LanguageTag.Spanish] } };

        var manifest = await _host.Runner().RunAsync(Request(tasks), new FileSystemObjectStore(_input.Path), Results, cancellationToken: Token);

        Assert.Equal(JobStatus.Succeeded, manifest.Status);
        var result = (await Results.ReadJsonOrDefaultAsync<DocumentResult>("gen/es.txt.json", Token))!;
        var translated = result.Outputs.Translations!.Where(t => t.Target != LanguageTag.Spanish).ToList();
        Assert.All(translated, t => Assert.Equal(DocumentStatus.Succeeded, t.Status));
        Assert.All(translated, t => Assert.Equal(2, t.Text!.Split("\n\n").Length));
        Assert.Equal(DocumentStatus.Skipped, result.Outputs.Translations!.Single(t => t.Target == LanguageTag.Spanish).Status);
        var stage = Assert.Single(result.Provenance, p => p.Stage == "translate:ca");
        Assert.Equal("salamandra-ta-instruct/1", stage.PromptTemplate);
        Assert.Equal(64, stage.ModelSha256!.Length);
        Assert.Equal("Cpu", stage.ExecutionProvider);
        Assert.True(stage.TokensIn > 0);
        Assert.InRange(stage.TokensOut!.Value, 1, 6 * 6);
        Assert.NotNull(await Results.GetInfoAsync("gen/es.txt.eu.txt", Token));
    }

    [Fact]
    public async Task RunAsync_AbstractiveSummaryOfALongDocument_MapsAndReduces()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 6).Select(i => Documents.Spanish));
        _input.WriteFile("long.txt", text);
        var tasks = new JobTasks { Summarize = new SummarizeTask { Mode = SummaryMode.Abstractive } };

        var manifest = await _host.Runner().RunAsync(Request(tasks), new FileSystemObjectStore(_input.Path), Results, cancellationToken: Token);

        Assert.Equal(JobStatus.Succeeded, manifest.Status);
        var result = (await Results.ReadJsonOrDefaultAsync<DocumentResult>("gen/long.txt.json", Token))!;
        Assert.Equal("abstractive", result.Outputs.Summary!.Mode);
        Assert.Contains(result.Provenance, p => p.Stage == "summarize" && p.PromptTemplate == "salamandra-instruct-summary/1");
        Assert.Contains(result.Provenance, p => p.Stage == "summarize:reduce");
    }

    public void Dispose()
    {
        _host.Dispose();
        _input.Dispose();
        _output.Dispose();
        _model.Dispose();
    }
}
