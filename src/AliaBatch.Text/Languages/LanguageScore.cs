using AliaBatch.Core.Languages;

namespace AliaBatch.Text.Languages;

/// <summary>One candidate language and its probability under the model.</summary>
/// <param name="Language">The candidate language.</param>
/// <param name="Probability">Its posterior probability, 0 to 1; the candidates of one detection sum to 1.</param>
public sealed record LanguageScore(LanguageTag Language, double Probability);
