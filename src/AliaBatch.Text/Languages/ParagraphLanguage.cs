using AliaBatch.Core.Languages;

namespace AliaBatch.Text.Languages;

/// <summary>The language detected for one paragraph of a document.</summary>
/// <param name="Index">The paragraph's index in the list passed to <see cref="LanguageIdentifier.DetectDocument"/>.</param>
/// <param name="Language">Its language, or <see cref="LanguageTag.Undetermined"/> when it is too short to call.</param>
/// <param name="Confidence">The probability of <paramref name="Language"/>, 0 to 1.</param>
public sealed record ParagraphLanguage(int Index, LanguageTag Language, double Confidence);
