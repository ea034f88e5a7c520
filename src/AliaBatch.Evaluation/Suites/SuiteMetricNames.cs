namespace AliaBatch.Evaluation.Suites;

/// <summary>
/// The metric names a <c>suite.json</c> may list, and the ones computed for each task whatever the suite lists.
/// Every value is reported in points on a 0–100 scale (ROUGE, accuracy and F1 multiplied by 100).
/// </summary>
public static class SuiteMetricNames
{
    /// <summary>sacreBLEU corpus BLEU.</summary>
    public const string Bleu = "bleu";

    /// <summary>sacreBLEU corpus chrF.</summary>
    public const string Chrf = "chrf";

    /// <summary>sacreBLEU corpus chrF++.</summary>
    public const string ChrfPlusPlus = "chrf++";

    /// <summary>sacreBLEU corpus TER; lower is better.</summary>
    public const string Ter = "ter";

    /// <summary>rouge-score ROUGE-1 F-measure.</summary>
    public const string Rouge1 = "rouge1";

    /// <summary>rouge-score ROUGE-2 F-measure.</summary>
    public const string Rouge2 = "rouge2";

    /// <summary>rouge-score ROUGE-L F-measure.</summary>
    public const string RougeL = "rougeL";

    /// <summary>rouge-score ROUGE-Lsum F-measure.</summary>
    public const string RougeLsum = "rougeLsum";

    /// <summary>Accuracy.</summary>
    public const string Accuracy = "accuracy";

    /// <summary>Macro-averaged F1.</summary>
    public const string MacroF1 = "macro-f1";

    /// <summary>The metrics a suite of <paramref name="task"/> may list.</summary>
    /// <param name="task">The suite's task.</param>
    /// <returns>The accepted names.</returns>
    public static IReadOnlyList<string> For(SuiteTask task) => task switch
    {
        SuiteTask.Translation => [Bleu, Chrf, ChrfPlusPlus, Ter],
        SuiteTask.Summarization => [Rouge1, Rouge2, RougeL, RougeLsum, Bleu],
        _ => [Accuracy, MacroF1],
    };

    /// <summary>The metrics always computed for <paramref name="task"/> (IberoBench's set for summarisation).</summary>
    /// <param name="task">The suite's task.</param>
    /// <returns>The default names.</returns>
    public static IReadOnlyList<string> Defaults(SuiteTask task) => task switch
    {
        SuiteTask.Translation => [Bleu, Chrf],
        SuiteTask.Summarization => [Rouge1, Rouge2, RougeL, Bleu],
        _ => [Accuracy, MacroF1],
    };

    /// <summary>True when a lower value is better (TER).</summary>
    /// <param name="metric">The metric name.</param>
    /// <returns>Whether lower is better.</returns>
    public static bool LowerIsBetter(string metric) => metric == Ter;
}
