using System.Text.Json.Serialization;
using AliaBatch.Core.Languages;

namespace AliaBatch.Evaluation.Suites;

/// <summary>A translation direction.</summary>
/// <param name="Source">The language translated from.</param>
/// <param name="Target">The language translated into.</param>
public sealed record LanguagePair(LanguageTag Source, LanguageTag Target)
{
    /// <summary>The display key, <c>es→ca</c>; tags may contain hyphens, so the arrow separates them.</summary>
    [JsonIgnore]
    public string Key => $"{Source.Value}→{Target.Value}";

    /// <inheritdoc />
    public override string ToString() => Key;
}
