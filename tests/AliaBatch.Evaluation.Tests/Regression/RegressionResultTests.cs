using System.Text.Json;
using AliaBatch.Core.Serialization;
using AliaBatch.Evaluation.Regression;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Regression;

public sealed class RegressionResultTests
{
    [Fact]
    public void ToEvents_OneRegression_GivesAnEvaluationRegressedEvent()
    {
        var result = new RegressionResult(
            "udhr-translation", "salamandra-2b", "r2", "r1", null, [], [new MetricRegression("es→eu", "chrf", "previous", "r1", 50, 45, 2)]);

        var e = Assert.Single(result.ToEvents());
        var json = JsonSerializer.Serialize(e, AliaBatchJson.Compact);

        Assert.Equal("evaluation.regressed", e.Type);
        Assert.Equal(("udhr-translation", "salamandra-2b", "es→eu", "chrf", 50.0, 45.0, 2.0), (e.Suite, e.System, e.Group, e.Metric, e.Previous, e.Current, e.Threshold));
        Assert.Contains("\"type\":\"evaluation.regressed\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void HasRegressions_NoRegressions_IsFalse()
    {
        var result = new RegressionResult("s", "m", "r", null, null, [], []);

        Assert.False(result.HasRegressions);
        Assert.Empty(result.ToEvents());
    }
}
