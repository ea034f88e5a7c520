using AliaBatch.Core.Languages;

namespace AliaBatch.Evaluation.Suites;

/// <summary>The contents of a suite's <c>suite.json</c>.</summary>
public sealed record SuiteManifest
{
    /// <summary>The suite's identifier, lower-case letters, digits and hyphens; equal to its folder name.</summary>
    public required string Id { get; init; }

    /// <summary>The suite's version; change it whenever items change so scores are not compared across versions unknowingly.</summary>
    public required string Version { get; init; }

    /// <summary>What the suite measures, for people.</summary>
    public required string Description { get; init; }

    /// <summary>The task evaluated.</summary>
    public required SuiteTask Task { get; init; }

    /// <summary>The languages of the items (source languages, or the expected languages for language identification).</summary>
    public IReadOnlyList<LanguageTag> Languages { get; init; } = [];

    /// <summary>The translation directions; required for translation suites, every item's direction must be listed.</summary>
    public IReadOnlyList<LanguagePair> Pairs { get; init; } = [];

    /// <summary>The label set of a classification suite; when given, every item's label must be one of them.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>The metrics reported and their regression thresholds.</summary>
    public required IReadOnlyList<SuiteMetric> Metrics { get; init; }

    /// <summary>The origin and licence of the texts.</summary>
    public required SuiteDataSource Data { get; init; }
}
