using System.Text.Json;
using AliaBatch.Core.Results;
using AliaBatch.Core.Serialization;
using AliaBatch.ModelBuilder.Decoder;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Cli.Tests;

public sealed class GenerationCommandTests : IDisposable
{
    private readonly TemporaryFolder _work = new("cli-gen");

    [Fact]
    public async Task Generate_TinyLlamaFromOnnxRuntimeGenAi_ReproducesItsExpectedSequences()
    {
        var folder = Path.Combine(RepositoryPaths.SharedExternal, "tiny-llama-fp16");
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json"))).RootElement.GetProperty("cases")[0];
        var arguments = new List<string> { "generate", "--model", folder, "--json", "--max-length", expected.GetProperty("max_length").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var row in expected.GetProperty("input_ids").EnumerateArray())
        {
            arguments.AddRange(["--input-ids", string.Join(' ', row.EnumerateArray().Select(i => i.GetInt32()))]);
        }

        var result = await CliProcess.RunAsync(_work.Path, [.. arguments]);

        Assert.True(result.ExitCode == ExitCodes.Success, result.StandardError);
        var sequences = JsonDocument.Parse(result.StandardOutput).RootElement.GetProperty("sequences");
        Assert.Equal(
            expected.GetProperty("expected_sequences").EnumerateArray().Select(r => r.EnumerateArray().Select(i => i.GetInt32()).ToArray()),
            sequences.EnumerateArray().Select(r => r.EnumerateArray().Select(i => i.GetInt32()).ToArray()));
    }

    [Fact]
    public async Task Run_TranslateAndAbstractiveSummaryWithGeneratedModels_WritesOutputsWithProvenance()
    {
        var model = _work.Combine("model");
        DecoderModelBuilder.Build(new DecoderSpec(), model, seed: 3);
        var inbox = _work.Combine("inbox");
        _work.WriteFile("inbox/aviso.txt", "El plazo de pago del impuesto termina el 30 de noviembre. Los recibos se cargarán el día 5.\n\nPara más información, llame al 010.");
        _work.WriteFile("inbox/avis.txt", "El termini de pagament de l'impost acaba el 30 de novembre. Els rebuts es carregaran el dia 5.");

        var result = await CliProcess.RunAsync(_work.Path, "run", inbox, "--out", "out", "--job-id", "gen",
            "--tasks", "translate", "summarize", "--targets", "eu", "gl", "--summary-mode", "abstractive",
            "--translation-model", model, "--summary-model", model);

        Assert.True(result.ExitCode == ExitCodes.Success, result.StandardError);
        foreach (var document in new[] { "aviso.txt", "avis.txt" })
        {
            var json = File.ReadAllText(_work.Combine("out", "gen", document + ".json"));
            var output = JsonSerializer.Deserialize<DocumentResult>(json, AliaBatchJson.Compact)!;
            Assert.Equal(DocumentStatus.Succeeded, output.Status);
            Assert.Equal("abstractive", output.Outputs.Summary!.Mode);
            Assert.Equal(2, output.Outputs.Translations!.Count);
            Assert.True(File.Exists(_work.Combine("out", "gen", document + ".eu.txt")));
            Assert.True(File.Exists(_work.Combine("out", "gen", document + ".gl.txt")));
            var translate = output.Provenance.Single(p => p.Stage == "translate:eu");
            Assert.Equal("salamandra-ta-instruct/1", translate.PromptTemplate);
            Assert.Equal(64, translate.ModelSha256!.Length);
            Assert.True(translate.TokensOut > 0);
        }
    }

    [Fact]
    public async Task Run_MissingTranslationModelFolder_ExitsInvalidRequest()
    {
        var result = await CliProcess.RunAsync(_work.Path, "run", RepositoryPaths.InRepository("samples", "inbox"), "--tasks", "translate", "--targets", "ca", "--translation-model", "no-such-model");

        Assert.Equal(ExitCodes.InvalidRequest, result.ExitCode);
        Assert.Contains("no-such-model", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ClassifyWithAnImportedEncoderPack_UsesThePackLabels()
    {
        AliaBatch.ModelBuilder.Encoder.EncoderModelBuilder.Build(new AliaBatch.ModelBuilder.Encoder.EncoderSpec(), _work.Combine("export"), seed: 5);
        var import = await CliProcess.RunAsync(_work.Path, "models", "import", _work.Combine("export"), "--out", "packs", "--id", "sentiment");
        Assert.True(import.ExitCode == ExitCodes.Success, import.StandardError);

        var result = await CliProcess.RunAsync(_work.Path, "run", RepositoryPaths.InRepository("samples", "inbox"), "--out", "out", "--job-id", "packs",
            "--tasks", "classify", "--labels", "negative", "neutral", "positive", "--classify-model", "sentiment", "--models", "packs");

        Assert.True(result.ExitCode == ExitCodes.Success, result.StandardError);
        var output = JsonSerializer.Deserialize<DocumentResult>(File.ReadAllText(_work.Combine("out", "packs", "udal-iragarkia.txt.json")), AliaBatchJson.Compact)!;
        Assert.Contains(output.Outputs.Classification!.Labels[0], new[] { "negative", "neutral", "positive" });
        Assert.StartsWith("sentiment@", output.Provenance.Single(p => p.Stage == "classify").Model, StringComparison.Ordinal);
    }

    public void Dispose() => _work.Dispose();
}
