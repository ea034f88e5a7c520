using System.ComponentModel.DataAnnotations;

namespace AliaBatch.Evaluation.Metrics.Bleu;

/// <summary>BLEU settings; the defaults are sacreBLEU 2.x's defaults.</summary>
public sealed class BleuOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Evaluation:Bleu";

    /// <summary>Lowercase hypotheses and references before tokenizing (<c>case:lc</c>).</summary>
    public bool Lowercase { get; init; }

    /// <summary>The tokenizer; <c>13a</c> by default.</summary>
    public BleuTokenizer Tokenizer { get; init; } = BleuTokenizer.ThirteenA;

    /// <summary>The smoothing method; <c>exp</c> by default.</summary>
    public BleuSmoothing Smoothing { get; init; } = BleuSmoothing.Exponential;

    /// <summary>The value for <c>floor</c> (default 0.1) and <c>add-k</c> (default 1); ignored otherwise.</summary>
    [Range(0.0, double.MaxValue)]
    public double? SmoothValue { get; init; }

    /// <summary>The largest n-gram order (4).</summary>
    [Range(1, 16)]
    public int MaxNgramOrder { get; init; } = 4;

    /// <summary>Stop at the largest order with n-grams in the hypothesis; recommended for sentence BLEU.</summary>
    public bool EffectiveOrder { get; init; }
}
