using AliaBatch.Core.Languages;

namespace AliaBatch.Text.Languages;

/// <summary>The language of one piece of text.</summary>
/// <param name="Language">The most probable language, or <see cref="LanguageTag.Undetermined"/> when the text is too short to call.</param>
/// <param name="Confidence">The probability of <paramref name="Language"/>, 0 to 1; 0 when undetermined.</param>
/// <param name="Candidates">Every language the model knows, most probable first; empty when undetermined.</param>
/// <param name="Variant">A regional variant with a strong signal in the text, such as <see cref="LanguageTag.Valencian"/>; null otherwise.</param>
public sealed record LanguageDetection(LanguageTag Language, double Confidence, IReadOnlyList<LanguageScore> Candidates, LanguageTag? Variant = null);
