using System.ComponentModel.DataAnnotations;
using AliaBatch.Evaluation.Metrics.Bleu;
using AliaBatch.Evaluation.Metrics.Chrf;
using AliaBatch.Evaluation.Metrics.Rouge;
using AliaBatch.Evaluation.Metrics.Ter;

namespace AliaBatch.Evaluation.Metrics.Scoring;

/// <summary>Settings for <see cref="ScoreRunner"/>; every default reproduces the reference implementation.</summary>
public sealed class ScoreOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Evaluation:Score";

    /// <summary>BLEU settings.</summary>
    public BleuOptions Bleu { get; init; } = new();

    /// <summary>chrF settings; for <c>chrf++</c> the word order is forced to 2.</summary>
    public ChrfOptions Chrf { get; init; } = new();

    /// <summary>TER settings.</summary>
    public TerOptions Ter { get; init; } = new();

    /// <summary>ROUGE settings.</summary>
    public RougeOptions Rouge { get; init; } = new();

    /// <summary>Decimals of BLEU/chrF/TER scores in text output (sacreBLEU's CLI default is 1).</summary>
    [Range(0, 10)]
    public int Width { get; init; } = 1;
}
