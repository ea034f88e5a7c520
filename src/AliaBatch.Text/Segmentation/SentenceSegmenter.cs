using AliaBatch.Core.Languages;

namespace AliaBatch.Text.Segmentation;

/// <summary>
/// Splits a paragraph into sentences at <c>.</c>, <c>!</c>, <c>?</c> and <c>…</c> followed by
/// whitespace and a word that does not start in lower case, keeping closing quotes and brackets with
/// the sentence they close. It does not break after abbreviations (<c>Sr.</c>, <c>núm.</c>, <c>pàg.</c>,
/// Basque <c>zk.</c> and <c>adib.</c>), initials, list numbers that open a sentence (<c>2.</c>), or a number before a
/// lower-case word (the Basque ordinal <c>2024. urtean</c>); nor inside decimals, ordinals (<c>1.º</c>),
/// URLs, e-mail addresses or the Catalan <c>l·l</c>. A blank line, or a line break before a list
/// bullet, always ends a sentence.
/// </summary>
public static class SentenceSegmenter
{
    private const string Terminators = ".!?…";
    private const string Closers = "\"'”’»)]}";
    private const string Bullets = "-–—•*·";

    /// <summary>Splits <paramref name="paragraph"/> into sentences.</summary>
    /// <param name="paragraph">The paragraph, ideally normalised with <see cref="TextNormalizer.Normalize"/>.</param>
    /// <param name="language">Its language, which chooses the abbreviations to respect.</param>
    /// <returns>The sentences in order; their offsets index into <paramref name="paragraph"/>.</returns>
    public static IReadOnlyList<Sentence> Split(string paragraph, LanguageTag language)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var abbreviations = Abbreviations.For(language);
        var sentences = new List<Sentence>();
        var start = SkipWhitespace(paragraph, 0);
        var i = start;
        while (i < paragraph.Length)
        {
            var c = paragraph[i];
            if (c == '\n' && IsHardLineBreak(paragraph, i))
            {
                Add(paragraph, start, i, sentences);
                start = SkipWhitespace(paragraph, i);
                i = start;
                continue;
            }

            if (!Terminators.Contains(c, StringComparison.Ordinal))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < paragraph.Length && Terminators.Contains(paragraph[end], StringComparison.Ordinal))
            {
                end++;
            }

            var terminatorsEnd = end;
            while (end < paragraph.Length && Closers.Contains(paragraph[end], StringComparison.Ordinal))
            {
                end++;
            }

            var single = c == '.' && terminatorsEnd == i + 1 && end == terminatorsEnd;
            if (IsBoundary(paragraph, i, end, single, start, abbreviations))
            {
                Add(paragraph, start, end, sentences);
                start = SkipWhitespace(paragraph, end);
                i = start;
            }
            else
            {
                i = end;
            }
        }

        Add(paragraph, start, paragraph.Length, sentences);
        return sentences;
    }

    private static bool IsBoundary(string paragraph, int period, int end, bool single, int sentenceStart, IReadOnlySet<string> abbreviations)
    {
        if (end < paragraph.Length && !char.IsWhiteSpace(paragraph[end]))
        {
            return false;
        }

        var next = SkipWhitespace(paragraph, end);
        if (next == paragraph.Length)
        {
            return true;
        }

        if (char.IsLower(paragraph[next]))
        {
            return false;
        }

        return !single || !IsNonFinalToken(paragraph, period, next, sentenceStart, abbreviations);
    }

    private static bool IsNonFinalToken(string paragraph, int period, int next, int sentenceStart, IReadOnlySet<string> abbreviations)
    {
        var tokenStart = period;
        while (tokenStart > sentenceStart && !char.IsWhiteSpace(paragraph[tokenStart - 1]))
        {
            tokenStart--;
        }

        while (tokenStart < period && "([«\"'“‘¿¡".Contains(paragraph[tokenStart], StringComparison.Ordinal))
        {
            tokenStart++;
        }

        var token = paragraph[tokenStart..period].ToLowerInvariant();
        if (token.Length == 0)
        {
            return false;
        }

        if (token.Length == 1 && char.IsLetter(token[0]))
        {
            return true;
        }

        if (Abbreviations.CanEndSentence.Contains(token))
        {
            return char.IsDigit(paragraph[next]);
        }

        if (abbreviations.Contains(token))
        {
            return true;
        }

        return tokenStart == sentenceStart && token.Length <= 3 && IsListLabel(token);
    }

    private static bool IsListLabel(string token)
    {
        foreach (var c in token)
        {
            if (!char.IsDigit(c) && "ivxlcdm".IndexOf(c, StringComparison.Ordinal) < 0 && !(token.Length == 1 && char.IsLetter(c)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHardLineBreak(string paragraph, int newline)
    {
        var next = newline + 1;
        while (next < paragraph.Length && paragraph[next] is ' ' or '\t')
        {
            next++;
        }

        return next < paragraph.Length && (paragraph[next] == '\n' || Bullets.Contains(paragraph[next], StringComparison.Ordinal));
    }

    private static int SkipWhitespace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    private static void Add(string paragraph, int start, int end, List<Sentence> sentences)
    {
        while (end > start && char.IsWhiteSpace(paragraph[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(paragraph[start..end], start, end - start));
        }
    }
}
