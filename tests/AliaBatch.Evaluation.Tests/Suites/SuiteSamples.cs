using System.Globalization;
using AliaBatch.Core.Languages;
using AliaBatch.Evaluation.Reports;
using AliaBatch.Evaluation.Suites;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Suites;

/// <summary>Suites, outputs and reports shared by the suite, report and regression tests.</summary>
internal static class SuiteSamples
{
    public static readonly DateTimeOffset Time = new(2026, 1, 15, 2, 0, 0, TimeSpan.Zero);

    public static string StarterSuite(string id) => RepositoryPaths.InRepository("eval-suites", id);

    public static Task<Suite> LoadStarterAsync(string id) => SuiteLoader.LoadAsync(StarterSuite(id), TestContext.Current.CancellationToken);

    public static string Manifest(string task = "translation", string extra = "") => $$"""
        {
          "id": "sample",
          "version": "1",
          "description": "A sample.",
          "task": "{{task}}",
          {{extra}}
          "metrics": [ { "name": "{{(task is "translation" ? "chrf" : task is "summarization" ? "rougeL" : "accuracy")}}", "regressionThreshold": 1.5 } ],
          "data": { "name": "hand-written", "licence": "CC0" }
        }
        """;

    public const string Pairs = """ "pairs": [ { "source": "es", "target": "ca" }, { "source": "ca", "target": "es" } ], """;

    public static Suite Translation(params (string Source, string Target, string Text, string[] References)[] items)
    {
        var pairs = items.Select(i => new LanguagePair(LanguageTag.Parse(i.Source), LanguageTag.Parse(i.Target))).Distinct().ToList();
        var manifest = new SuiteManifest
        {
            Id = "sample",
            Version = "1",
            Description = "A sample.",
            Task = SuiteTask.Translation,
            Pairs = pairs,
            Metrics = [new SuiteMetric(SuiteMetricNames.Chrf, 1.5), new SuiteMetric(SuiteMetricNames.Ter, 3)],
            Data = new SuiteDataSource("hand-written", "CC0"),
        };
        return new Suite(manifest, [.. items.Select((i, n) => new SuiteItem
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"item{n}"),
            Source = i.Text,
            SourceLanguage = LanguageTag.Parse(i.Source),
            TargetLanguage = LanguageTag.Parse(i.Target),
            References = i.References,
        })]);
    }

    /// <summary>The "copy" system: every translation is its source text, with made-up but fixed latencies and token counts.</summary>
    public static SystemOutputs Copy(Suite suite, string system = "copy") => new(
        system,
        suite.Items.Select((item, i) => (item, i)).ToDictionary(
            x => x.item.Id,
            x => new SystemOutput(x.item.Source) { LatencyMs = 20 + (x.i * 37 % 400), OutputTokens = 10 + (x.i % 50) }));

    public static async Task<EvaluationReport> UdhrCopyReportAsync(string runId = "run-1", Func<SuiteItem, string>? translate = null)
    {
        var suite = await LoadStarterAsync("udhr-translation");
        var outputs = Copy(suite);
        if (translate is not null)
        {
            outputs = outputs with { Items = outputs.Items.ToDictionary(p => p.Key, p => p.Value with { Text = translate(suite.Items.First(i => i.Id == p.Key)) }) };
        }

        return SuiteScorer.Score(suite, outputs, runId, Time);
    }
}
