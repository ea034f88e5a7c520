using System.Text.RegularExpressions;
using AliaBatch.Evaluation.Metrics.Text;

namespace AliaBatch.Evaluation.Metrics.Ter;

/// <summary>sacreBLEU's Tercom tokenizer (Asian support not included).</summary>
public static partial class TerTokenizer
{
    /// <summary>Applies lowercasing, normalisation and punctuation removal as configured.</summary>
    /// <param name="sentence">The segment.</param>
    /// <param name="options">The TER settings.</param>
    /// <returns>The processed segment.</returns>
    public static string Tokenize(string sentence, TerOptions options)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(options);
        if (sentence.Length == 0)
        {
            return string.Empty;
        }

        if (!options.CaseSensitive)
        {
            sentence = PythonText.Lower(sentence);
        }

        if (options.Normalized)
        {
            sentence = NormalizeWestern(sentence);
        }

        if (options.NoPunctuation)
        {
            sentence = Punctuation().Replace(sentence, string.Empty);
        }

        return string.Join(' ', PythonText.Split(sentence));
    }

    private static string NormalizeWestern(string sentence)
    {
        sentence = sentence.Replace("\n-", string.Empty, StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal)
            .Replace("&quot;", "\"", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal)
            .Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal);
        sentence = " " + sentence + " ";
        sentence = MtevalPatterns.AsciiSymbol().Replace(sentence, " $1 ");
        sentence = sentence.Replace("'s ", " 's ", StringComparison.Ordinal);
        sentence = PossessiveAtEnd().Replace(sentence, " 's");
        sentence = MtevalPatterns.PeriodCommaAfterNonDigit().Replace(sentence, "$1 $2 ");
        sentence = MtevalPatterns.PeriodCommaBeforeNonDigit().Replace(sentence, " $1 $2");
        return MtevalPatterns.DashAfterDigit().Replace(sentence, "$1 $2 ");
    }

    [GeneratedRegex(@"'s$", RegexOptions.CultureInvariant)]
    private static partial Regex PossessiveAtEnd();

    [GeneratedRegex(@"[.,?:;!""()]", RegexOptions.CultureInvariant)]
    private static partial Regex Punctuation();
}
