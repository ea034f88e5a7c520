namespace AliaBatch.Evaluation.Metrics.Bleu;

/// <summary>The sacreBLEU tokenizers available for BLEU.</summary>
public enum BleuTokenizer
{
    /// <summary><c>13a</c>: the mteval-v13a.pl rules, sacreBLEU's default.</summary>
    ThirteenA,

    /// <summary><c>none</c>: whitespace splitting only.</summary>
    None,

    /// <summary><c>char</c>: every code point is a token.</summary>
    Character,
}
