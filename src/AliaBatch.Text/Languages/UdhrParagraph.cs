using AliaBatch.Core.Languages;

namespace AliaBatch.Text.Languages;

/// <summary>One paragraph (title, heading, paragraph or list item) of a UDHR translation.</summary>
/// <param name="Language">The language of the translation.</param>
/// <param name="Source">The translation's file name without extension, e.g. <c>spa</c> or <c>lnc</c>.</param>
/// <param name="Article">The article number, 1 to 30; 0 for the title and preamble.</param>
/// <param name="Text">The paragraph's text, entities decoded and whitespace normalised.</param>
public sealed record UdhrParagraph(LanguageTag Language, string Source, int Article, string Text)
{
    /// <summary>
    /// True for the held-out evaluation split: every article whose number is 3 modulo 4
    /// (3, 7, 11, …, 27), the same articles in every translation so no content leaks into training.
    /// </summary>
    public bool IsHeldOut => Article % 4 == 3;
}
