namespace AliaBatch.Evaluation.Metrics.Scoring;

/// <summary>The metric names accepted by <see cref="ScoreRunner"/> (and <c>aliabatch score --metric</c>).</summary>
public static class MetricNames
{
    /// <summary>sacreBLEU BLEU.</summary>
    public const string Bleu = "bleu";

    /// <summary>sacreBLEU chrF (character 6-grams, β = 2).</summary>
    public const string Chrf = "chrf";

    /// <summary>sacreBLEU chrF++ (chrF plus word bigrams).</summary>
    public const string ChrfPlusPlus = "chrf++";

    /// <summary>sacreBLEU TER (Tercom-style shifts, case-insensitive by default).</summary>
    public const string Ter = "ter";

    /// <summary>rouge-score ROUGE-1/2/L/Lsum.</summary>
    public const string Rouge = "rouge";

    /// <summary>Classification accuracy.</summary>
    public const string Accuracy = "accuracy";

    /// <summary>Classification F1 (macro headline, micro, weighted and per class).</summary>
    public const string F1 = "f1";

    /// <summary>All accepted names.</summary>
    public static IReadOnlyList<string> All { get; } = [Bleu, Chrf, ChrfPlusPlus, Ter, Rouge, Accuracy, F1];
}
