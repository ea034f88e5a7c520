namespace AliaBatch.Evaluation.Metrics.Ter;

/// <summary>TER settings; the defaults are sacreBLEU 2.x's (case-insensitive, no normalisation, punctuation kept).</summary>
public sealed class TerOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Evaluation:Ter";

    /// <summary>Keep case (sacreBLEU lowercases by default: <c>case:lc</c>).</summary>
    public bool CaseSensitive { get; init; }

    /// <summary>Apply Tercom's western normalisation (punctuation split, possessive 's, XML entities).</summary>
    public bool Normalized { get; init; }

    /// <summary>Remove the punctuation marks <c>. , ? : ; ! " ( )</c>.</summary>
    public bool NoPunctuation { get; init; }
}
