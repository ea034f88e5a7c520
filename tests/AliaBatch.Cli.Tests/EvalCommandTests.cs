using System.Text.Json;
using AliaBatch.ModelBuilder.Decoder;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Cli.Tests;

public sealed class EvalCommandTests : IDisposable
{
    private static readonly string[] s_reportFiles = ["report.json", "report.md", "report.html"];

    private readonly TemporaryFolder _work = new("cli-eval");

    [Fact]
    public async Task Eval_LanguageIdentificationSuite_WritesTheThreeReportsWithAccuracy()
    {
        var result = await CliProcess.RunAsync(_work.Path, "eval", "--suite", RepositoryPaths.InRepository("eval-suites", "udhr-langid"), "--run-id", "langid");

        Assert.True(result.ExitCode == ExitCodes.Success, result.StandardError);
        Assert.All(s_reportFiles, f => Assert.True(File.Exists(_work.Combine("eval-results", "langid", f)), f));
        Assert.True(File.Exists(_work.Combine("eval-results", "latest", "udhr-langid", "aliabatch-langid.json")));
        var overall = JsonDocument.Parse(File.ReadAllText(_work.Combine("eval-results", "langid", "report.json"))).RootElement
            .GetProperty("results")[0].GetProperty("report").GetProperty("overall");
        var accuracy = overall.EnumerateArray().Single(m => m.GetProperty("metric").GetString() == "accuracy").GetProperty("value").GetDouble();
        Assert.InRange(accuracy, 90, 100);
        Assert.Contains("udhr-langid / aliabatch-langid: accuracy", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_TranslationSuiteWithGeneratedModel_RunsThePipelineAndWritesReports()
    {
        var model = _work.Combine("tiny-decoder");
        DecoderModelBuilder.Build(new DecoderSpec(), model, seed: 3);
        WriteTranslationSuite("tiny-translation");
        var environment = new Dictionary<string, string>
        {
            ["AliaBatch__Models__TranslationMaxNewTokens"] = "4",
            ["AliaBatch__Models__TranslationBeams"] = "1",
        };

        var result = await CliProcess.RunAsync(_work.Path, environment,
            "eval", "--suite", _work.Combine("tiny-translation"), "--translation-model", model, "--run-id", "tiny", "--json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.StandardError);
        Assert.All(s_reportFiles, f => Assert.True(File.Exists(_work.Combine("eval-results", "tiny", f)), f));
        var summary = JsonDocument.Parse(result.StandardOutput).RootElement.GetProperty("results")[0];
        Assert.Equal("tiny-decoder", summary.GetProperty("system").GetString());
        Assert.Equal(0, summary.GetProperty("missingItems").GetInt32());
        Assert.True(summary.GetProperty("overall").TryGetProperty("bleu", out _));
        var latency = JsonDocument.Parse(File.ReadAllText(_work.Combine("eval-results", "latest", "tiny-translation", "tiny-decoder.json"))).RootElement.GetProperty("latency");
        Assert.Equal(JsonValueKind.Object, latency.ValueKind);
    }

    [Fact]
    public async Task Eval_TranslationSuiteWithoutModel_ExitsInvalidRequest()
    {
        var result = await CliProcess.RunAsync(_work.Path, "eval", "--suite", RepositoryPaths.InRepository("eval-suites", "udhr-translation"));

        Assert.Equal(ExitCodes.InvalidRequest, result.ExitCode);
        Assert.Contains("--translation-model", result.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_work.Combine("eval-results")));
    }

    [Fact]
    public async Task Eval_SummarizationSuiteWithoutModel_RunsExtractiveSummariesThroughThePipeline()
    {
        _work.WriteFile("notices/suite.json", """
            {
              "id": "notices",
              "version": "1",
              "description": "Two council notices and their one-line summaries.",
              "task": "summarization",
              "languages": [ "es" ],
              "metrics": [ { "name": "rougeL", "regressionThreshold": 2 } ],
              "data": { "name": "written for this test", "licence": "CC0" }
            }
            """);
        _work.WriteFile("notices/items.jsonl", string.Join('\n',
            """{"id":"s1","source":"El pleno aprobó el presupuesto municipal. La votación fue unánime. El alcalde agradeció el apoyo de todos los grupos.","sourceLanguage":"es","references":["El pleno aprobó el presupuesto municipal por unanimidad."]}""",
            """{"id":"s2","source":"La biblioteca abrirá los domingos. El horario será de diez a dos. La medida empieza en marzo.","sourceLanguage":"es","references":["La biblioteca abrirá los domingos desde marzo."]}""") + "\n");

        var result = await CliProcess.RunAsync(_work.Path, "eval", "--suite", _work.Combine("notices"), "--run-id", "summaries", "--json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.StandardError);
        Assert.All(s_reportFiles, f => Assert.True(File.Exists(_work.Combine("eval-results", "summaries", f)), f));
        var summary = JsonDocument.Parse(result.StandardOutput).RootElement.GetProperty("results")[0];
        Assert.Equal("extractive", summary.GetProperty("system").GetString());
        Assert.Equal(0, summary.GetProperty("missingItems").GetInt32());
        Assert.InRange(summary.GetProperty("overall").GetProperty("rougeL").GetDouble(), 1, 100);
    }

    [Fact]
    public async Task Eval_ScoresDropBelowPinnedBaseline_ExitsQualityRegression()
    {
        var suite = _work.Combine("udhr-langid");
        Directory.CreateDirectory(suite);
        foreach (var file in new[] { "suite.json", "items.jsonl" })
        {
            File.Copy(RepositoryPaths.InRepository("eval-suites", "udhr-langid", file), Path.Combine(suite, file));
        }

        var first = await CliProcess.RunAsync(_work.Path, "eval", "--suite", suite, "--run-id", "first", "--pin-baseline");
        Assert.True(first.ExitCode == ExitCodes.Success, first.StandardError);
        Assert.True(File.Exists(_work.Combine("eval-results", "baseline", "udhr-langid", "aliabatch-langid.json")));

        // Relabelling the Spanish items as Portuguese makes every one of them a miss: accuracy falls by far more than 2 points.
        var items = File.ReadAllText(Path.Combine(suite, "items.jsonl"));
        File.WriteAllText(Path.Combine(suite, "items.jsonl"), items.Replace("\"expectedLanguage\":\"es\"", "\"expectedLanguage\":\"pt\"", StringComparison.Ordinal));
        var second = await CliProcess.RunAsync(_work.Path, "eval", "--suite", suite, "--run-id", "second");

        Assert.Equal(ExitCodes.QualityRegression, second.ExitCode);
        Assert.Contains("REGRESSION overall accuracy", second.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("vs baseline run first", second.StandardOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(_work.Combine("eval-results", "second", "report.html")));
    }

    public void Dispose() => _work.Dispose();

    private void WriteTranslationSuite(string id)
    {
        _work.WriteFile($"{id}/suite.json", $$"""
            {
              "id": "{{id}}",
              "version": "1.0.0",
              "description": "Three Spanish sentences into Catalan.",
              "task": "translation",
              "pairs": [ { "source": "es", "target": "ca" } ],
              "metrics": [ { "name": "bleu", "regressionThreshold": 2 } ],
              "data": { "name": "written for this test", "licence": "CC0" }
            }
            """);
        _work.WriteFile($"{id}/items.jsonl", string.Join('\n',
            """{"id":"t1","source":"El plazo termina el lunes.","sourceLanguage":"es","targetLanguage":"ca","references":["El termini acaba dilluns."]}""",
            """{"id":"t2","source":"La oficina abre a las nueve.","sourceLanguage":"es","targetLanguage":"ca","references":["L'oficina obre a les nou."]}""",
            """{"id":"t3","source":"Pague el recibo antes del día cinco.","sourceLanguage":"es","targetLanguage":"ca","references":["Pagueu el rebut abans del dia cinc."]}""") + "\n");
    }
}
