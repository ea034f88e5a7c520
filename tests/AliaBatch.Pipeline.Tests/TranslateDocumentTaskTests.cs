using AliaBatch.Core.Errors;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Languages;
using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using AliaBatch.ModelBuilder.Decoder;
using AliaBatch.Storage;
using AliaBatch.Testing;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace AliaBatch.Pipeline.Tests;

/// <summary>Glossary, pivot and context limits of the translate task, through the job runner with generated decoders.</summary>
public sealed class TranslateDocumentTaskTests : IDisposable
{
    private readonly TemporaryFolder _input = new("tr-input");
    private readonly TemporaryFolder _output = new("tr-output");
    private readonly TemporaryFolder _model = new("tr-model");
    private readonly TemporaryFolder _shortModel = new("tr-short-model");
    private readonly IHost _host;

    public TranslateDocumentTaskTests()
    {
        DecoderModelBuilder.Build(new DecoderSpec { MaxPositionEmbeddings = 2048 }, _model.Path, seed: 11);
        DecoderModelBuilder.Build(new DecoderSpec { MaxPositionEmbeddings = 64 }, _shortModel.Path, seed: 11);
        _host = PipelineHost.Create(new Dictionary<string, string?>
        {
            ["AliaBatch:Models:Translation"] = _model.Path,
            ["AliaBatch:Models:TranslationMaxNewTokens"] = "24",
            ["AliaBatch:Models:TranslationBeams"] = "2",
            ["AliaBatch:Models:TranslationDirections:0"] = "eu>es",
            ["AliaBatch:Models:TranslationDirections:1"] = "es>gl",
            ["AliaBatch:Models:TranslationDirections:2"] = "es>ca",
            ["AliaBatch:Inference:ExecutionProvider"] = "Cpu",
        });
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private IObjectStore Results => new FileSystemObjectStore(_output.Path);

    [Fact]
    public async Task RunAsync_Glossary_EveryTermTranslationIsInTheOutputAndInProvenance()
    {
        _input.WriteFile("es.txt", Documents.Spanish);
        var glossary = new Dictionary<string, string> { ["ayuntamiento"] = "Ajuntament", ["impuesto sobre bienes inmuebles"] = "IBI" };
        var tasks = new JobTasks { Translate = new TranslateTask { Targets = [LanguageTag.Catalan], Source = LanguageTag.Spanish, Glossary = glossary } };

        var result = await RunAsync(_host, "es.txt", tasks);

        var translation = Assert.Single(result.Outputs.Translations!);
        Assert.Equal(DocumentStatus.Succeeded, translation.Status);
        Assert.Contains("Ajuntament", translation.Text, StringComparison.Ordinal);
        Assert.Contains("IBI", translation.Text, StringComparison.Ordinal);
        var stage = Assert.Single(result.Provenance, p => p.Stage == "glossary:ca");
        Assert.Equal("glossary/1", stage.Component);
        Assert.Equal(new GlossaryUsage(TranslationGlossaryTests.Sha256Of(glossary), 2, 2, 2), stage.Glossary);
    }

    [Fact]
    public async Task RunAsync_WithoutGlossary_OutputLacksTheTermsAndNoGlossaryStage()
    {
        _input.WriteFile("es.txt", Documents.Spanish);
        var tasks = new JobTasks { Translate = new TranslateTask { Targets = [LanguageTag.Catalan], Source = LanguageTag.Spanish } };

        var result = await RunAsync(_host, "es.txt", tasks);

        Assert.DoesNotContain("IBI", result.Outputs.Translations![0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Provenance, p => p.Stage.StartsWith("glossary", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_DirectionNotServed_TranslatesThroughSpanishAndRecordsThePivot()
    {
        _input.WriteFile("eu.txt", Documents.Basque);
        var glossary = new Dictionary<string, string> { ["zerga"] = "IBI" };
        var tasks = new JobTasks { Translate = new TranslateTask { Targets = [LanguageTag.Galician, LanguageTag.Spanish], Source = LanguageTag.Basque, Glossary = glossary } };

        var result = await RunAsync(_host, "eu.txt", tasks);

        Assert.All(result.Outputs.Translations!, t => Assert.Equal(DocumentStatus.Succeeded, t.Status));
        Assert.Contains("IBI", result.Outputs.Translations!.Single(t => t.Target == LanguageTag.Galician).Text, StringComparison.Ordinal);
        Assert.Equal(["translate:gl:via-es", "translate:gl", "glossary:gl", "translate:es", "glossary:es"], result.Provenance.Select(p => p.Stage).Where(s => s.StartsWith("translate", StringComparison.Ordinal) || s.StartsWith("glossary", StringComparison.Ordinal)));
        Assert.All(result.Provenance.Where(p => p.Stage.StartsWith("translate", StringComparison.Ordinal)), p => Assert.True(p.TokensOut > 0));
    }

    [Fact]
    public async Task RunAsync_NoDirectionNorPivot_FailsTheTargetWithModelUnavailable()
    {
        _input.WriteFile("eu.txt", Documents.Basque);
        var tasks = new JobTasks { Translate = new TranslateTask { Targets = [LanguageTag.English, LanguageTag.Galician], Source = LanguageTag.Basque } };

        var result = await RunAsync(_host, "eu.txt", tasks);

        var english = result.Outputs.Translations!.Single(t => t.Target == LanguageTag.English);
        Assert.Equal(DocumentStatus.Failed, english.Status);
        Assert.Equal(ErrorCodes.ModelUnavailable, english.Error!.Code);
        Assert.Contains("eu→es and es→en", english.Error.Message, StringComparison.Ordinal);
        Assert.Equal(DocumentStatus.Succeeded, result.Outputs.Translations!.Single(t => t.Target == LanguageTag.Galician).Status);
    }

    [Fact]
    public async Task RunAsync_SegmentLongerThanTheContext_FailsTheTargetWithContextExceeded()
    {
        using var host = PipelineHost.Create(new Dictionary<string, string?>
        {
            ["AliaBatch:Models:Translation"] = _shortModel.Path,
            ["AliaBatch:Models:TranslationMaxNewTokens"] = "4",
            ["AliaBatch:Models:TranslationBeams"] = "1",
            ["AliaBatch:Inference:ExecutionProvider"] = "Cpu",
        });
        _input.WriteFile("es.txt", Documents.Spanish);
        var tasks = new JobTasks { Translate = new TranslateTask { Targets = [LanguageTag.Catalan], Source = LanguageTag.Spanish } };

        var result = await RunAsync(host, "es.txt", tasks);

        var translation = Assert.Single(result.Outputs.Translations!);
        Assert.Equal(DocumentStatus.Failed, translation.Status);
        Assert.Equal(ErrorCodes.ModelContextExceeded, translation.Error!.Code);
        Assert.Contains("context of 64 tokens", translation.Error.Message, StringComparison.Ordinal);
    }

    private async Task<DocumentResult> RunAsync(IHost host, string file, JobTasks tasks)
    {
        var request = new JobRequest { JobId = "tr", Source = new JobSource { Kind = SourceKind.Local, Path = _input.Path }, Tasks = tasks };
        await host.Runner().RunAsync(request, new FileSystemObjectStore(_input.Path), Results, cancellationToken: Token);
        return (await Results.ReadJsonOrDefaultAsync<DocumentResult>($"tr/{file}.json", Token))!;
    }

    public void Dispose()
    {
        _host.Dispose();
        _input.Dispose();
        _output.Dispose();
        _model.Dispose();
        _shortModel.Dispose();
    }
}
