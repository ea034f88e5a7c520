using AliaBatch.Core.Languages;

namespace AliaBatch.Text.Languages;

/// <summary>The language of a whole document, from its paragraphs.</summary>
/// <param name="Language">The language covering most of the document's letters, or <see cref="LanguageTag.Undetermined"/>.</param>
/// <param name="Confidence">The share of letters in <paramref name="Language"/> times their mean confidence, 0 to 1.</param>
/// <param name="IsMixed">True when at least two languages each cover <see cref="LanguageIdentifier.MixedShare"/> or more of the letters.</param>
/// <param name="Paragraphs">One result per paragraph, in input order.</param>
/// <param name="Variant">A regional variant with a strong signal across the paragraphs in <paramref name="Language"/>; null otherwise.</param>
public sealed record DocumentLanguageDetection(
    LanguageTag Language,
    double Confidence,
    bool IsMixed,
    IReadOnlyList<ParagraphLanguage> Paragraphs,
    LanguageTag? Variant = null);
