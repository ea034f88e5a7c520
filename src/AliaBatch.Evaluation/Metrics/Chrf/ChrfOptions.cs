using System.ComponentModel.DataAnnotations;

namespace AliaBatch.Evaluation.Metrics.Chrf;

/// <summary>chrF settings; the defaults are sacreBLEU 2.x's chrF (use <see cref="ChrfPlusPlus"/> for chrF++).</summary>
public sealed class ChrfOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Evaluation:Chrf";

    /// <summary>Character n-gram order (6).</summary>
    [Range(1, 32)]
    public int CharOrder { get; init; } = 6;

    /// <summary>Word n-gram order: 0 for chrF, 2 for chrF++.</summary>
    [Range(0, 16)]
    public int WordOrder { get; init; }

    /// <summary>Recall weight β (2).</summary>
    [Range(1, 16)]
    public int Beta { get; init; } = 2;

    /// <summary>Lowercase before extracting n-grams.</summary>
    public bool Lowercase { get; init; }

    /// <summary>Keep whitespace inside character n-grams (sacreBLEU removes it by default).</summary>
    public bool Whitespace { get; init; }

    /// <summary>
    /// chrF++.py/NLTK-style ε smoothing instead of sacreBLEU 2.x's default effective-order averaging.
    /// </summary>
    public bool EpsilonSmoothing { get; init; }

    /// <summary>sacreBLEU's chrF++ settings (word order 2).</summary>
    public static ChrfOptions ChrfPlusPlus => new() { WordOrder = 2 };
}
