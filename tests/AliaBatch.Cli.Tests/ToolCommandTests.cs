using System.Text.Json;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Cli.Tests;

public sealed class ToolCommandTests : IDisposable
{
    private readonly TemporaryFolder _work = new("cli-tools");

    [Fact]
    public async Task Score_BleuJson_PrintsScoreAndSignature()
    {
        // sacreBLEU README example (mjpost/sacrebleu, README.md): BLEU = 48.53 with two references.
        _work.WriteFile("hyp.txt", "The dog bit the man.\nIt wasn't surprising.\nThe man had just bitten him.\n");
        _work.WriteFile("ref1.txt", "The dog bit the man.\nIt was not unexpected.\nThe man bit him first.\n");
        _work.WriteFile("ref2.txt", "The dog had bit the man.\nNo one was surprised.\nThe man had bitten the dog.\n");

        var result = await CliProcess.RunAsync(_work.Path, "score", "--metric", "bleu", "--hyp", "hyp.txt", "--ref", "ref1.txt", "ref2.txt", "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var json = JsonDocument.Parse(result.StandardOutput).RootElement;
        Assert.Equal(48.53, json.GetProperty("score").GetDouble(), 2);
        Assert.StartsWith("nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp", json.GetProperty("signature").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_LineCountMismatch_ExitsInvalidRequestNamingTheFiles()
    {
        _work.WriteFile("hyp.txt", "a\nb\n");
        _work.WriteFile("ref.txt", "a\n");

        var result = await CliProcess.RunAsync(_work.Path, "score", "--metric", "chrf", "--hyp", "hyp.txt", "--ref", "ref.txt");

        Assert.Equal(ExitCodes.InvalidRequest, result.ExitCode);
        Assert.Contains("ref.txt", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LangIdDetect_FiveLanguages_NamesEach()
    {
        var result = await CliProcess.RunAsync(_work.Path, "langid", "detect", "--json",
            "El plazo para presentar la solicitud termina el viernes.",
            "El termini per presentar la sol·licitud acaba divendres.",
            "Eskaera aurkezteko epea ostiralean amaitzen da.",
            "O prazo para presentar a solicitude remata o venres.",
            "The deadline to submit the application ends on Friday.");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var languages = JsonDocument.Parse(result.StandardOutput).RootElement.EnumerateArray().Select(e => e.GetProperty("language").GetString()).ToList();
        Assert.Equal(["es", "ca", "eu", "gl", "en"], languages);
    }

    [Fact]
    public async Task LangIdEvaluate_HeldOutUdhr_ReportsEveryLanguage()
    {
        var result = await CliProcess.RunAsync(RepositoryPaths.Root, "langid", "evaluate", "--json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.StandardError);
        var json = JsonDocument.Parse(result.StandardOutput).RootElement;
        Assert.True(json.GetProperty("samples").GetInt32() >= 100);
        Assert.Equal(9, json.GetProperty("perLanguage").GetArrayLength());
    }

    [Fact]
    public async Task EmbedSimilarity_ParaphraseScoresAboveUnrelated()
    {
        var result = await CliProcess.RunAsync(_work.Path, "embed", "--similarity", "--json",
            "A man is eating food.", "A man is eating a piece of bread.", "The girl is carrying a baby.");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var matrix = JsonDocument.Parse(result.StandardOutput).RootElement.GetProperty("similarity");
        Assert.Equal(1.0, matrix[0][0].GetDouble(), 3);
        Assert.True(matrix[0][1].GetDouble() > 0.7);
        Assert.True(matrix[0][2].GetDouble() < 0.3);
    }

    public void Dispose() => _work.Dispose();
}
