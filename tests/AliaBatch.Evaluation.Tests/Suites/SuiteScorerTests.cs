using AliaBatch.Core.Languages;
using AliaBatch.Evaluation.Metrics;
using AliaBatch.Evaluation.Metrics.Scoring;
using AliaBatch.Evaluation.Suites;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Suites;

public sealed class SuiteScorerTests
{
    private static readonly Suite s_translation = SuiteSamples.Translation(
        ("es", "ca", "El gato duerme en la casa.", ["El gat dorm a la casa."]),
        ("es", "ca", "Todos los seres humanos nacen libres.", ["Tots els éssers humans neixen lliures."]),
        ("ca", "es", "La llei és igual per a tothom.", ["La ley es igual para todos.", "La ley es la misma para todos."]),
        ("ca", "es", "Ningú no serà sotmès a tortura.", ["Nadie será sometido a tortura."]));

    private static readonly string[] s_hypotheses =
        ["El gat dorm a casa.", "Tots els humans neixen lliures.", "La ley es igual para todos.", "Nadie será torturado."];

    private static SystemOutputs Outputs(params string[] texts) => new(
        "system", texts.Select((t, i) => (t, i)).ToDictionary(x => $"item{x.i}", x => new SystemOutput(x.t)));

    [Fact]
    public void Score_Translation_ReproducesScoreRunnerPerPair()
    {
        var report = SuiteScorer.Score(s_translation, Outputs(s_hypotheses), "run", SuiteSamples.Time);

        var esCa = report.Groups.Single(g => g.Key == "es→ca");
        var expectedBleu = ScoreRunner.Score(MetricNames.Bleu, s_hypotheses[..2], [["El gat dorm a la casa.", "Tots els éssers humans neixen lliures."]]);
        var expectedChrf = ScoreRunner.Score(MetricNames.Chrf, s_hypotheses[..2], [["El gat dorm a la casa.", "Tots els éssers humans neixen lliures."]]);
        Assert.Equal(expectedBleu.Score, esCa.Metrics.Single(m => m.Metric == "bleu").Value);
        Assert.Equal(expectedChrf.Score, esCa.Metrics.Single(m => m.Metric == "chrf").Value);
        Assert.Equal(expectedBleu.Signature, esCa.Metrics.Single(m => m.Metric == "bleu").Signature);
        Assert.Equal(["bleu", "chrf", "ter"], esCa.Metrics.Select(m => m.Metric));
        Assert.Equal(("es", "ca", 2), (esCa.Language, esCa.TargetLanguage, esCa.Items));
    }

    [Fact]
    public void Score_ItemsWithFewerReferences_PadWithTheirFirstReference()
    {
        var report = SuiteScorer.Score(s_translation, Outputs(s_hypotheses), "run", SuiteSamples.Time);

        var caEs = report.Groups.Single(g => g.Key == "ca→es");
        var expected = ScoreRunner.Score(
            MetricNames.Bleu,
            s_hypotheses[2..],
            [["La ley es igual para todos.", "Nadie será sometido a tortura."], ["La ley es la misma para todos.", "Nadie será sometido a tortura."]]);
        Assert.Equal(expected.Score, caEs.Metrics.Single(m => m.Metric == "bleu").Value);
        Assert.Contains("nrefs:2", caEs.Metrics.Single(m => m.Metric == "bleu").Signature, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Translation_OverallIsTheMeanOfPairs()
    {
        var report = SuiteScorer.Score(s_translation, Outputs(s_hypotheses), "run", SuiteSamples.Time);

        var chrf = report.Overall.Single(m => m.Metric == "chrf").Value;
        Assert.Equal(report.Groups.Average(g => g.Metrics.Single(m => m.Metric == "chrf").Value), chrf, 10);
        Assert.Equal(new Dictionary<string, double> { ["chrf"] = 1.5, ["ter"] = 3 }, report.Thresholds);
    }

    [Fact]
    public void Score_MissingOutput_CountsItAndScoresItEmpty()
    {
        var outputs = Outputs(s_hypotheses[..3]);

        var report = SuiteScorer.Score(s_translation, outputs, "run", SuiteSamples.Time);

        Assert.Equal(1, report.MissingItems);
        var expected = ScoreRunner.Score(MetricNames.Chrf, [s_hypotheses[2], string.Empty], [["La ley es igual para todos.", "Nadie será sometido a tortura."], ["La ley es la misma para todos.", "Nadie será sometido a tortura."]]);
        Assert.Equal(expected.Score, report.Groups.Single(g => g.Key == "ca→es").Metrics.Single(m => m.Metric == "chrf").Value);
    }

    [Fact]
    public void Score_OutputForUnknownItem_Throws()
    {
        var outputs = new SystemOutputs("system", new Dictionary<string, SystemOutput> { ["nope"] = new("x") });

        var error = Assert.Throws<EvaluationInputException>(() => SuiteScorer.Score(s_translation, outputs, "run", SuiteSamples.Time));

        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Summarization_ReportsRougeTimesHundredAndBleu()
    {
        var suite = new Suite(
            new SuiteManifest
            {
                Id = "sum", Version = "1", Description = "d", Task = SuiteTask.Summarization,
                Metrics = [new SuiteMetric(SuiteMetricNames.RougeL, 1)], Data = new SuiteDataSource("n", "l"),
            },
            [new SuiteItem { Id = "a", Source = "long text", SourceLanguage = LanguageTag.English, References = ["the cat sat on the mat"] }]);
        var outputs = new SystemOutputs("s", new Dictionary<string, SystemOutput> { ["a"] = new("the cat sat") });

        var report = SuiteScorer.Score(suite, outputs, "run", SuiteSamples.Time);

        var rouge = ScoreRunner.Score(MetricNames.Rouge, ["the cat sat"], [["the cat sat on the mat"]]).Rouge!;
        var metrics = report.Groups.Single().Metrics;
        Assert.Equal(["rouge1", "rouge2", "rougeL", "bleu"], metrics.Select(m => m.Metric));
        Assert.Equal(rouge["rouge1"].FMeasure * 100, metrics[0].Value);
        Assert.Equal(rouge["rougeL"].FMeasure * 100, metrics[2].Value);
    }

    [Fact]
    public void Score_Classification_ReportsAccuracyMacroF1PerClassAndConfusion()
    {
        var suite = new Suite(
            new SuiteManifest
            {
                Id = "cls", Version = "1", Description = "d", Task = SuiteTask.Classification,
                Metrics = [new SuiteMetric(SuiteMetricNames.MacroF1, 1)], Data = new SuiteDataSource("n", "l"),
            },
            [.. new[] { ("es", "tax"), ("es", "health"), ("eu", "tax"), ("eu", "tax") }.Select((x, i) => new SuiteItem
            {
                Id = $"i{i}", Source = "text", SourceLanguage = LanguageTag.Parse(x.Item1), Label = x.Item2,
            })]);
        var outputs = new SystemOutputs("s", new Dictionary<string, SystemOutput>
        {
            ["i0"] = new("tax"), ["i1"] = new("tax"), ["i2"] = new("tax"), ["i3"] = new("health"),
        });

        var report = SuiteScorer.Score(suite, outputs, "run", SuiteSamples.Time);

        var expected = ScoreRunner.Score(MetricNames.F1, ["tax", "tax", "tax", "health"], [["tax", "health", "tax", "tax"]]).Classification!;
        Assert.Equal(50, report.Overall.Single(m => m.Metric == "accuracy").Value);
        Assert.Equal(expected.MacroF1 * 100, report.Overall.Single(m => m.Metric == "macro-f1").Value);
        Assert.Equal(["es", "eu"], report.Groups.Select(g => g.Key));
        Assert.Equal(["health", "tax"], report.Confusion!.Labels);
        Assert.Equal([0, 1], report.Confusion.Counts[0]);
        Assert.Equal(3, report.Classes.Single(c => c.Label == "tax").Support);
    }

    [Fact]
    public void Score_Latencies_GivesNumpyPercentilesAndRates()
    {
        var items = Enumerable.Range(1, 100).Select(i => ("es", "ca", $"Texto {i}", new[] { $"Text {i}" })).ToArray();
        var suite = SuiteSamples.Translation(items);
        var outputs = new SystemOutputs(
            "s",
            suite.Items.Select((item, i) => (item, i)).ToDictionary(x => x.item.Id, x => new SystemOutput("x") { LatencyMs = x.i + 1, OutputTokens = 5 }))
        {
            ElapsedSeconds = 2,
        };

        var latency = SuiteScorer.Score(suite, outputs, "run", SuiteSamples.Time).Latency!;

        Assert.Equal(50.5, latency.P50Ms, 9);
        Assert.Equal(90.1, latency.P90Ms, 9);
        Assert.Equal(99.01, latency.P99Ms, 9);
        Assert.Equal(50, latency.DocumentsPerSecond, 9);
        Assert.Equal(250, latency.TokensPerSecond!.Value, 9);
        Assert.Equal(100, latency.Histogram.Sum(b => b.Count));
    }

    [Fact]
    public void Score_NoLatencies_LeavesLatencyOut()
    {
        var report = SuiteScorer.Score(s_translation, Outputs(s_hypotheses), "run", SuiteSamples.Time);

        Assert.Null(report.Latency);
    }
}
