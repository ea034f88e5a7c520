using System.ComponentModel.DataAnnotations;
using AliaBatch.Evaluation.Metrics.Scoring;

namespace AliaBatch.Evaluation.Suites;

/// <summary>How <see cref="SuiteScorer"/> scores a suite.</summary>
public sealed class SuiteScoringOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Evaluation:Suites";

    /// <summary>Metric settings; the reference implementations' defaults unless changed.</summary>
    public ScoreOptions Score { get; init; } = new();

    /// <summary>Bars in the latency histogram.</summary>
    [Range(1, 100)]
    public int HistogramBins { get; init; } = 12;
}
