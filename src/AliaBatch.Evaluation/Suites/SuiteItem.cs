using System.Text.Json.Serialization;
using AliaBatch.Core.Languages;

namespace AliaBatch.Evaluation.Suites;

/// <summary>One line of a suite's <c>items.jsonl</c>.</summary>
public sealed record SuiteItem
{
    /// <summary>The item's identifier, unique in the suite; system outputs are keyed by it.</summary>
    public required string Id { get; init; }

    /// <summary>The text given to the system.</summary>
    public required string Source { get; init; }

    /// <summary>The language of <see cref="Source"/>; required except for language identification.</summary>
    public LanguageTag? SourceLanguage { get; init; }

    /// <summary>The language to translate into (translation only).</summary>
    public LanguageTag? TargetLanguage { get; init; }

    /// <summary>One or more reference translations or summaries (translation and summarisation).</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>The gold label (classification only).</summary>
    public string? Label { get; init; }

    /// <summary>The language the text is in (language identification only).</summary>
    public LanguageTag? ExpectedLanguage { get; init; }

    /// <summary>The direction of a translation item.</summary>
    /// <exception cref="InvalidOperationException">The item has no source or target language.</exception>
    [JsonIgnore]
    public LanguagePair Pair => SourceLanguage is { } source && TargetLanguage is { } target
        ? new LanguagePair(source, target)
        : throw new InvalidOperationException($"Item '{Id}' is not a translation item.");

    /// <summary>What the system is expected to produce for classification and language identification.</summary>
    [JsonIgnore]
    public string? GoldLabel => Label ?? ExpectedLanguage?.Value;
}
