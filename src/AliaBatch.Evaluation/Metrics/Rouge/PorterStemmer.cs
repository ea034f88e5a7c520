namespace AliaBatch.Evaluation.Metrics.Rouge;

/// <summary>
/// The Porter stemmer as NLTK's <c>PorterStemmer()</c> runs it in its default
/// <c>NLTK_EXTENSIONS</c> mode, which is what rouge-score uses with <c>use_stemmer=True</c>.
/// Expects lowercase ASCII words; English only.
/// </summary>
public static partial class PorterStemmer
{
    private static readonly Dictionary<string, string> s_irregular = new(StringComparer.Ordinal)
    {
        ["sky"] = "sky",
        ["skies"] = "sky",
        ["dying"] = "die",
        ["lying"] = "lie",
        ["tying"] = "tie",
        ["news"] = "news",
        ["innings"] = "inning",
        ["inning"] = "inning",
        ["outings"] = "outing",
        ["outing"] = "outing",
        ["cannings"] = "canning",
        ["canning"] = "canning",
        ["howe"] = "howe",
        ["proceed"] = "proceed",
        ["exceed"] = "exceed",
        ["succeed"] = "succeed",
    };

    /// <summary>Stems one word.</summary>
    /// <param name="word">The word (lowercased first, as NLTK does).</param>
    /// <returns>The stem.</returns>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var stem = word.ToLowerInvariant();
        if (s_irregular.TryGetValue(word, out var irregular))
        {
            return irregular;
        }

        if (word.Length <= 2)
        {
            return stem;
        }

        stem = Step1a(stem);
        stem = Step1b(stem);
        stem = Step1c(stem);
        stem = Step2(stem);
        stem = Step3(stem);
        stem = Step4(stem);
        stem = Step5a(stem);
        return Step5b(stem);
    }

    private static bool IsConsonant(string word, int i)
    {
        var c = word[i];
        if (c is 'a' or 'e' or 'i' or 'o' or 'u')
        {
            return false;
        }

        return c != 'y' || i == 0 || !IsConsonant(word, i - 1);
    }

    // The number of vowel-consonant transitions, Porter's m.
    private static int Measure(string stem)
    {
        var m = 0;
        for (var i = 1; i < stem.Length; i++)
        {
            if (!IsConsonant(stem, i - 1) && IsConsonant(stem, i))
            {
                m++;
            }
        }

        return m;
    }

    private static bool HasPositiveMeasure(string stem) => Measure(stem) > 0;

    private static bool ContainsVowel(string stem)
    {
        for (var i = 0; i < stem.Length; i++)
        {
            if (!IsConsonant(stem, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsDoubleConsonant(string word) =>
        word.Length >= 2 && word[^1] == word[^2] && IsConsonant(word, word.Length - 1);

    // *o, plus NLTK's extension: a two-letter vowel-consonant word also counts.
    private static bool EndsCvc(string word) =>
        (word.Length >= 3
            && IsConsonant(word, word.Length - 3)
            && !IsConsonant(word, word.Length - 2)
            && IsConsonant(word, word.Length - 1)
            && word[^1] is not ('w' or 'x' or 'y'))
        || (word.Length == 2 && !IsConsonant(word, 0) && IsConsonant(word, 1));
}
