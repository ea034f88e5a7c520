namespace AliaBatch.Evaluation.Metrics.Rouge;

/// <summary>ROUGE settings; the defaults are rouge-score's (no stemming, default tokenizer).</summary>
public sealed class RougeOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Evaluation:Rouge";

    /// <summary>The variants to compute: <c>rouge1</c>..<c>rouge9</c>, <c>rougeL</c>, <c>rougeLsum</c>.</summary>
    public IReadOnlyList<string> Types { get; init; } = ["rouge1", "rouge2", "rougeL", "rougeLsum"];

    /// <summary>Porter-stem tokens longer than 3 characters (rouge-score's <c>use_stemmer</c>); English only.</summary>
    public bool UseStemmer { get; init; }

    /// <summary>
    /// A marker that separates sentences inside one line (e.g. <c>&lt;n&gt;</c>), replaced by a newline
    /// before scoring so that ROUGE-Lsum sees sentences in one-summary-per-line files; null to leave text as is.
    /// </summary>
    public string? SentenceSeparator { get; init; }

    /// <summary>The tokenizer; rouge-score's ASCII-only default unless set to <see cref="RougeTokenization.Unicode"/>.</summary>
    public RougeTokenization Tokenization { get; init; } = RougeTokenization.Default;
}
