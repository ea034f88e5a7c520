using System.Globalization;

namespace AliaBatch.Evaluation.Metrics.Classification;

/// <summary>Accuracy, F1 and confusion matrix for single-label predictions against gold labels.</summary>
public static class ClassificationMetrics
{
    /// <summary>The fraction of predictions equal to the gold label (0 for no items).</summary>
    /// <param name="predicted">Predicted labels.</param>
    /// <param name="gold">Gold labels, aligned.</param>
    /// <returns>The accuracy, 0..1.</returns>
    public static double Accuracy(IReadOnlyList<string> predicted, IReadOnlyList<string> gold)
    {
        Validate(predicted, gold);
        if (gold.Count == 0)
        {
            return 0.0;
        }

        var correct = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            if (string.Equals(predicted[i], gold[i], StringComparison.Ordinal))
            {
                correct++;
            }
        }

        return (double)correct / gold.Count;
    }

    /// <summary>All figures: accuracy, micro/macro/weighted F1, per-label metrics and the confusion matrix.</summary>
    /// <param name="predicted">Predicted labels.</param>
    /// <param name="gold">Gold labels, aligned.</param>
    /// <returns>The report.</returns>
    public static ClassificationReport Evaluate(IReadOnlyList<string> predicted, IReadOnlyList<string> gold)
    {
        Validate(predicted, gold);
        var labels = gold.Concat(predicted).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = labels.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i, StringComparer.Ordinal);
        var counts = labels.Select(_ => new int[labels.Length]).ToArray();
        for (var i = 0; i < gold.Count; i++)
        {
            counts[index[gold[i]]][index[predicted[i]]]++;
        }

        var perClass = new ClassMetrics[labels.Length];
        var truePositives = 0;
        for (var k = 0; k < labels.Length; k++)
        {
            var tp = counts[k][k];
            var support = counts[k].Sum();
            var predictedCount = counts.Sum(row => row[k]);
            var precision = predictedCount == 0 ? 0.0 : (double)tp / predictedCount;
            var recall = support == 0 ? 0.0 : (double)tp / support;
            perClass[k] = new ClassMetrics(labels[k], precision, recall, F1(precision, recall), support);
            truePositives += tp;
        }

        var accuracy = gold.Count == 0 ? 0.0 : (double)truePositives / gold.Count;
        return new ClassificationReport(
            accuracy,
            accuracy,
            Mean(perClass, c => c.F1),
            Mean(perClass, c => c.Precision),
            Mean(perClass, c => c.Recall),
            gold.Count == 0 ? 0.0 : perClass.Sum(c => c.F1 * c.Support) / gold.Count,
            perClass,
            new ConfusionMatrix(labels, counts));
    }

    private static double F1(double precision, double recall) =>
        precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);

    private static double Mean(ClassMetrics[] perClass, Func<ClassMetrics, double> selector) =>
        perClass.Length == 0 ? 0.0 : perClass.Average(selector);

    private static void Validate(IReadOnlyList<string> predicted, IReadOnlyList<string> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        if (predicted.Count != gold.Count)
        {
            throw new EvaluationInputException(string.Create(
                CultureInfo.InvariantCulture,
                $"Line count mismatch: {predicted.Count} predictions but {gold.Count} gold labels."));
        }
    }
}
