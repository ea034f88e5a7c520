using AliaBatch.Core.Languages;

namespace AliaBatch.Core.Results;

/// <summary>The detected language of a document, per paragraph when it is mixed.</summary>
/// <param name="Language">The dominant language.</param>
/// <param name="Confidence">Probability-like confidence in [0, 1].</param>
/// <param name="IsMixed">True when several languages each cover a substantial share.</param>
/// <param name="Variant">A variant signal such as <c>ca-valencia</c>, when detected.</param>
/// <param name="Paragraphs">Per-paragraph languages when the document is mixed.</param>
public sealed record LanguageInfo(
    LanguageTag Language,
    double Confidence,
    bool IsMixed = false,
    LanguageTag? Variant = null,
    IReadOnlyList<ParagraphLanguageInfo>? Paragraphs = null);

/// <summary>The language of one paragraph.</summary>
public sealed record ParagraphLanguageInfo(int Index, LanguageTag Language, double Confidence);
