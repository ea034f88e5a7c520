using AliaBatch.Evaluation.Metrics;
using AliaBatch.Evaluation.Metrics.Classification;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Metrics.Classification;

public sealed class ClassificationMetricsTests
{
    // The multiclass example of scikit-learn's f1_score docstring (sklearn/metrics/_classification.py):
    // y_true = [0, 1, 2, 0, 1, 2], y_pred = [0, 2, 1, 0, 0, 1] gives macro 0.267, micro 0.333, weighted 0.267.
    private static readonly string[] s_gold = ["0", "1", "2", "0", "1", "2"];
    private static readonly string[] s_predicted = ["0", "2", "1", "0", "0", "1"];

    [Fact]
    public void Evaluate_ScikitLearnExample_MatchesPublishedAverages()
    {
        var report = ClassificationMetrics.Evaluate(s_predicted, s_gold);

        Assert.Equal(0.26666666, report.MacroF1, 1e-6);
        Assert.Equal(0.33333333, report.MicroF1, 1e-6);
        Assert.Equal(0.26666666, report.WeightedF1, 1e-6);
        Assert.Equal(1.0 / 3, report.Accuracy, 1e-12);
    }

    [Fact]
    public void Evaluate_ScikitLearnExample_PerClassAndConfusion()
    {
        var report = ClassificationMetrics.Evaluate(s_predicted, s_gold);

        Assert.Equal(["0", "1", "2"], report.Confusion.Labels);
        Assert.Equal([2, 0, 0], report.Confusion.Counts[0]);
        Assert.Equal([1, 0, 1], report.Confusion.Counts[1]);
        Assert.Equal([0, 2, 0], report.Confusion.Counts[2]);
        var zero = report.PerClass[0];
        Assert.Equal(("0", 2.0 / 3, 1.0, 0.8, 2), (zero.Label, zero.Precision, zero.Recall, zero.F1, zero.Support));
        Assert.Equal(0.0, report.PerClass[1].F1);
    }

    [Fact]
    public void Evaluate_LabelsSortedOrdinally_IncludesPredictedOnlyLabels()
    {
        var report = ClassificationMetrics.Evaluate(["b", "Z", "a"], ["b", "a", "a"]);

        Assert.Equal(["Z", "a", "b"], report.Confusion.Labels);
        Assert.Equal(0, report.PerClass[0].Support);
        Assert.Equal(0.0, report.PerClass[0].Precision);
    }

    [Fact]
    public void Accuracy_Empty_IsZero()
    {
        Assert.Equal(0.0, ClassificationMetrics.Accuracy([], []));
    }

    [Fact]
    public void Accuracy_MismatchedCounts_ThrowsNamingCounts()
    {
        var error = Assert.Throws<EvaluationInputException>(() => ClassificationMetrics.Accuracy(["a"], ["a", "b"]));

        Assert.Contains("1 predictions but 2 gold labels", error.Message, StringComparison.Ordinal);
    }
}
