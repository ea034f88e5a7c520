using System.Globalization;
using System.Text;
using AliaBatch.Evaluation.Metrics.Text;

namespace AliaBatch.Evaluation.Metrics.Rouge;

/// <summary>ROUGE tokenization: rouge-score's default tokenizer, or the Unicode-aware variant.</summary>
public static class RougeTokenizer
{
    /// <summary>Tokenizes text; optionally Porter-stems tokens longer than 3 characters, as rouge-score does.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokenization">The tokenizer.</param>
    /// <param name="stem">Whether to apply the (English) Porter stemmer.</param>
    /// <returns>The tokens.</returns>
    public static List<string> Tokenize(string text, RougeTokenization tokenization = RougeTokenization.Default, bool stem = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lowered = PythonText.Lower(text);
        if (tokenization == RougeTokenization.Unicode)
        {
            lowered = lowered.Normalize(NormalizationForm.FormC);
        }

        var builder = new StringBuilder(lowered.Length);
        foreach (var rune in lowered.EnumerateRunes())
        {
            var keep = tokenization == RougeTokenization.Default
                ? rune.IsAscii && (char.IsAsciiLetterLower((char)rune.Value) || char.IsAsciiDigit((char)rune.Value))
                : IsWordCharacter(rune);
            if (keep)
            {
                builder.Append(rune.ToString());
            }
            else
            {
                builder.Append(' ');
            }
        }

        var tokens = PythonText.Split(builder.ToString());
        if (stem)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Length > 3)
                {
                    tokens[i] = PorterStemmer.Stem(tokens[i]);
                }
            }
        }

        tokens.RemoveAll(token => token.Length == 0);
        return tokens;
    }

    // The Catalan middle dot (col·lecció) is part of a word; other punctuation separates tokens.
    private static bool IsWordCharacter(Rune rune)
    {
        if (rune.Value == 0x00B7)
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }
}
