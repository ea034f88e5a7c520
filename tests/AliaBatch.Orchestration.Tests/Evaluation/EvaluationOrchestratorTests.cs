using System.Text.Json;
using AliaBatch.Core.Serialization;
using AliaBatch.Evaluation.Reports;
using AliaBatch.Orchestration.Evaluation;
using AliaBatch.Transport.Events;
using Microsoft.DurableTask.Client;
using Xunit;

namespace AliaBatch.Orchestration.Tests.Evaluation;

public sealed class EvaluationOrchestratorTests : IAsyncLifetime
{
    private const string LangId = "udhr-langid";
    private const string LangIdSystem = "aliabatch-langid";

    private readonly EvaluationTestHost _host = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.StartAsync(Token);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public void InstanceId_Slot_IsEvalColonSlot() =>
        Assert.Equal("eval:20260301T0300", EvaluationOrchestrator.InstanceId("20260301T0300"));

    [Fact]
    public async Task RunAsync_BundledSuite_WritesTheThreeReportsAndPublishesOneCompletedEvent()
    {
        _host.CopyBundledSuite(LangId);

        var metadata = await _host.RunAsync("20260301T0300", [LangId], Token);

        var result = Output(metadata);
        var evaluated = Assert.Single(result.Evaluated);
        Assert.Empty(result.FailedSuites);
        Assert.Equal(LangIdSystem, evaluated.System);
        Assert.InRange(evaluated.Overall["accuracy"], 90, 100);
        foreach (var file in new[] { "report.json", "report.md", "report.html" })
        {
            Assert.True(File.Exists(Path.Combine(_host.ResultsFolder, LangId, "20260301T0300", file)), file);
        }

        Assert.True(File.Exists(Path.Combine(_host.ResultsFolder, EvaluationResultsStore.LatestPath(LangId, LangIdSystem))));
        var published = Assert.Single(_host.Publisher.Published);
        Assert.Equal(JobEventTypes.EvaluationCompleted, published.Type);
        Assert.Equal(EvaluationOrchestrator.CompletedStatus, published.Status);
        Assert.Equal("eval:20260301T0300", published.JobId);
        Assert.Equal("evaluation.completed:20260301T0300", published.Id);
        Assert.Equal(evaluated.ReportLocations, published.ResultLocations);
        Assert.All(published.ResultLocations, l => Assert.True(File.Exists(l), l));
    }

    [Fact]
    public async Task RunAsync_BaselineBetterThanTheSystem_PublishesExactlyOneRegressedEventWithTheMetrics()
    {
        _host.CopyBundledSuite(LangId);
        await _host.RunAsync("20260301T0300", [LangId], Token);
        await PinBetterBaselineAsync(LangId, LangIdSystem, points: 10);

        var metadata = await _host.RunAsync("20260302T0300", [LangId], Token);

        Assert.True(Output(metadata).HasRegressions);
        var regressed = Assert.Single(_host.Publisher.Published, e => e.Type == JobEventTypes.EvaluationRegressed);
        Assert.Equal(EvaluationOrchestrator.RegressedStatus, regressed.Status);
        Assert.Equal("20260302T0300", regressed.RunId);
        Assert.Contains(regressed.Regressions, r => r is { Group: "overall", Metric: "accuracy", ComparedWith: "baseline" });
        Assert.All(regressed.Regressions, r => Assert.Equal("baseline", r.ComparedWith));
        Assert.All(regressed.Regressions, r => Assert.Equal(10, r.Previous - r.Current, 6));
        Assert.Equal(2, _host.Publisher.Published.Count(e => e.Type == JobEventTypes.EvaluationCompleted));
    }

    [Fact]
    public async Task RunAsync_SlotEvaluatedBefore_ReadsTheWrittenReportBackInsteadOfEvaluatingAgain()
    {
        var suite = _host.CopyBundledSuite(LangId);
        var first = Output(await _host.RunAsync("20260306T0300", [LangId], Token));
        Directory.Delete(suite, recursive: true);

        var again = Output(await _host.RunAsync("20260306T0300", [LangId], Token, instanceId: "eval:20260306T0300:again"));

        Assert.Empty(again.FailedSuites);
        Assert.Equal(first.Evaluated.Single().Overall, again.Evaluated.Single().Overall);
        Assert.Equal(first.Evaluated.Single().ReportLocations, again.Evaluated.Single().ReportLocations);
    }

    [Fact]
    public async Task RunAsync_SummarizationSuite_RunsThroughThePipelineAndScoresRouge()
    {
        _host.WriteSuite("plenary-summaries", SummarizationManifest("plenary-summaries"), [
            """{"id":"s1","source":"El pleno aprobó el presupuesto municipal. La votación fue unánime. El alcalde agradeció el apoyo de todos los grupos.","sourceLanguage":"es","references":["El pleno aprobó el presupuesto municipal por unanimidad."]}""",
            """{"id":"s2","source":"La biblioteca abrirá los domingos. El horario será de diez a dos. La medida empieza en marzo.","sourceLanguage":"es","references":["La biblioteca abrirá los domingos desde marzo."]}""",
        ]);

        var metadata = await _host.RunAsync("20260303T0300", ["plenary-summaries"], Token);

        var evaluated = Assert.Single(Output(metadata).Evaluated);
        Assert.Equal(SuitePipelineRunner.ExtractiveSystem, evaluated.System);
        Assert.Equal(0, evaluated.MissingItems);
        Assert.InRange(evaluated.Overall["rougeL"], 1, 100);
        var report = File.ReadAllText(Path.Combine(_host.ResultsFolder, "plenary-summaries", "20260303T0300", "report.json"));
        Assert.Contains("\"latency\"", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MissingSuiteNextToAGoodOne_RecordsItFailedAndStillPublishesCompleted()
    {
        _host.CopyBundledSuite(LangId);

        var metadata = await _host.RunAsync("20260304T0300", ["no-such-suite", LangId], Token);

        var result = Output(metadata);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, metadata.RuntimeStatus);
        Assert.Equal(["no-such-suite"], result.FailedSuites);
        Assert.Equal(LangId, Assert.Single(result.Evaluated).Suite);
        var published = Assert.Single(_host.Publisher.Published);
        Assert.Equal(EvaluationOrchestrator.CompletedWithErrorsStatus, published.Status);
        Assert.Equal(new Core.Results.JobCounts(2, 1, 1, 0), published.Counts);
    }

    [Fact]
    public async Task RunAsync_TranslationSuiteWithoutAModel_FailsThatSuiteWithoutRetrying()
    {
        _host.CopyBundledSuite("udhr-translation");

        var metadata = await _host.RunAsync("20260305T0300", ["udhr-translation"], Token);

        Assert.Equal(["udhr-translation"], Output(metadata).FailedSuites);
        Assert.Equal(EvaluationOrchestrator.FailedStatus, Assert.Single(_host.Publisher.Published).Status);
    }

    private static EvaluationOrchestrationResult Output(OrchestrationMetadata metadata)
    {
        Assert.True(metadata.RuntimeStatus == OrchestrationRuntimeStatus.Completed, metadata.FailureDetails?.ToString());
        return metadata.ReadOutputAs<EvaluationOrchestrationResult>()!;
    }

    /// <summary>Pins the latest report, with every figure <paramref name="points"/> better, as the baseline.</summary>
    private async Task PinBetterBaselineAsync(string suite, string system, double points)
    {
        var latest = Path.Combine(_host.ResultsFolder, EvaluationResultsStore.LatestPath(suite, system));
        var report = JsonSerializer.Deserialize<EvaluationReport>(await File.ReadAllTextAsync(latest, Token), AliaBatchJson.Indented)!;
        var better = report with
        {
            RunId = "pinned",
            Overall = [.. report.Overall.Select(m => m with { Value = m.Value + points })],
            Groups = [.. report.Groups.Select(g => g with { Metrics = [.. g.Metrics.Select(m => m with { Value = m.Value + points })] })],
        };
        var baseline = Path.Combine(_host.ResultsFolder, EvaluationResultsStore.BaselinePath(suite, system));
        Directory.CreateDirectory(Path.GetDirectoryName(baseline)!);
        await File.WriteAllTextAsync(baseline, JsonSerializer.Serialize(better, AliaBatchJson.Indented), Token);
    }

    private static string SummarizationManifest(string id) => $$"""
        {
          "id": "{{id}}",
          "version": "1",
          "description": "Two council notices and their one-line summaries.",
          "task": "summarization",
          "languages": [ "es" ],
          "metrics": [ { "name": "rougeL", "regressionThreshold": 2 } ],
          "data": { "name": "written for this test", "licence": "CC0" }
        }
        """;
}
