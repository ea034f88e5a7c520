using AliaBatch.Evaluation.Suites;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Suites;

public sealed class LanguageIdentifierSystemTests
{
    [Fact]
    public async Task Run_UdhrLangidSuite_ScoresEndToEnd()
    {
        var suite = await SuiteSamples.LoadStarterAsync("udhr-langid");

        var outputs = LanguageIdentifierSystem.Run(suite);
        var report = SuiteScorer.Score(suite, outputs, "run", SuiteSamples.Time);

        Assert.Equal(suite.Items.Count, outputs.Items.Count);
        Assert.Equal(0, report.MissingItems);
        Assert.Equal(suite.Items.Count, report.Latency!.Samples);
        Assert.Equal(suite.Manifest.Languages.Select(l => l.Value).Order(StringComparer.Ordinal), report.Groups.Select(g => g.Key).Order(StringComparer.Ordinal));
        Assert.True(report.Overall.Single(m => m.Metric == "accuracy").Value >= 95, "the embedded model identifies the held-out UDHR paragraphs");
    }

    [Fact]
    public async Task Run_TranslationSuite_IsRejected()
    {
        var suite = await SuiteSamples.LoadStarterAsync("udhr-translation");

        Assert.Throws<ArgumentException>(() => LanguageIdentifierSystem.Run(suite));
    }
}
