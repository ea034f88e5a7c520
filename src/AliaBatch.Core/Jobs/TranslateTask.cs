using AliaBatch.Core.Languages;

namespace AliaBatch.Core.Jobs;

/// <summary>Translate into one or more target languages.</summary>
public sealed record TranslateTask
{
    /// <summary>Target languages, e.g. <c>ca</c>, <c>ca-valencia</c>, <c>eu</c>.</summary>
    public required IReadOnlyList<LanguageTag> Targets { get; init; }

    /// <summary>Source-language override; detected per document when absent.</summary>
    public LanguageTag? Source { get; init; }

    /// <summary>Fixed term translations applied to every target (term → translation).</summary>
    public IReadOnlyDictionary<string, string>? Glossary { get; init; }

    /// <summary>Model pack id; the configured default translation model when absent.</summary>
    public string? Model { get; init; }
}
