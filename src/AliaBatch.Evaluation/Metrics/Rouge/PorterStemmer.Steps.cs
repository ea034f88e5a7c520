namespace AliaBatch.Evaluation.Metrics.Rouge;

public static partial class PorterStemmer
{
    private static readonly Func<string, bool> s_positive = HasPositiveMeasure;
    private static readonly Func<string, bool> s_greaterThanOne = stem => Measure(stem) > 1;

    private static readonly (string Suffix, string Replacement)[] s_step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
        ("fulli", "ful"),
    ];

    private static readonly (string Suffix, string Replacement)[] s_step3Rules =
    [
        ("icate", "ic"), ("ative", string.Empty), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"),
        ("ful", string.Empty), ("ness", string.Empty),
    ];

    private static readonly string[] s_step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion",
        "ou", "ism", "ate", "iti", "ous", "ive", "ize",
    ];

    // The first rule whose suffix matches decides: its condition passing or not, no later rule is tried.
    private static string ApplyFirst(string word, string suffix, string replacement, Func<string, bool> condition, out bool matched)
    {
        matched = word.EndsWith(suffix, StringComparison.Ordinal);
        if (!matched)
        {
            return word;
        }

        var stem = word[..^suffix.Length];
        return condition(stem) ? stem + replacement : word;
    }

    private static string Step1a(string word)
    {
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length == 4)
        {
            return word[..^3] + "ie";
        }

        if (word.EndsWith("sses", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.EndsWith("ss", StringComparison.Ordinal))
        {
            return word;
        }

        return word.EndsWith('s') ? word[..^1] : word;
    }

    private static string Step1b(string word)
    {
        if (word.EndsWith("ied", StringComparison.Ordinal))
        {
            return word.Length == 4 ? word[..^3] + "ie" : word[..^3] + "i";
        }

        if (word.EndsWith("eed", StringComparison.Ordinal))
        {
            var eedStem = word[..^3];
            return Measure(eedStem) > 0 ? eedStem + "ee" : word;
        }

        string? stem = null;
        foreach (var suffix in (string[])["ed", "ing"])
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && ContainsVowel(word[..^suffix.Length]))
            {
                stem = word[..^suffix.Length];
                break;
            }
        }

        if (stem is null)
        {
            return word;
        }

        foreach (var (suffix, replacement) in (ReadOnlySpan<(string, string)>)[("at", "ate"), ("bl", "ble"), ("iz", "ize")])
        {
            if (stem.EndsWith(suffix, StringComparison.Ordinal))
            {
                return stem[..^suffix.Length] + replacement;
            }
        }

        if (EndsDoubleConsonant(stem))
        {
            return stem[^1] is 'l' or 's' or 'z' ? stem : stem[..^1];
        }

        return Measure(stem) == 1 && EndsCvc(stem) ? stem + "e" : stem;
    }

    private static string Step1c(string word) =>
        word.EndsWith('y') && word.Length > 2 && IsConsonant(word, word.Length - 2)
            ? word[..^1] + "i"
            : word;

    private static string Step2(string word)
    {
        if (word.EndsWith("alli", StringComparison.Ordinal) && HasPositiveMeasure(word[..^4]))
        {
            return Step2(word[..^4] + "al");
        }

        foreach (var (suffix, replacement) in s_step2Rules)
        {
            var result = ApplyFirst(word, suffix, replacement, s_positive, out var matched);
            if (matched)
            {
                return result;
            }
        }

        // NLTK keeps the 'l' of -logi with the stem so that geo-/theo- stems qualify.
        if (word.EndsWith("logi", StringComparison.Ordinal))
        {
            return HasPositiveMeasure(word[..^3]) ? word[..^1] : word;
        }

        return word;
    }

    private static string Step3(string word)
    {
        foreach (var (suffix, replacement) in s_step3Rules)
        {
            var result = ApplyFirst(word, suffix, replacement, s_positive, out var matched);
            if (matched)
            {
                return result;
            }
        }

        return word;
    }

    private static string Step4(string word)
    {
        foreach (var suffix in s_step4Suffixes)
        {
            var condition = suffix == "ion"
                ? stem => Measure(stem) > 1 && stem.Length > 0 && stem[^1] is 's' or 't'
                : s_greaterThanOne;
            var result = ApplyFirst(word, suffix, string.Empty, condition, out var matched);
            if (matched)
            {
                return result;
            }
        }

        return word;
    }

    private static string Step5a(string word)
    {
        if (!word.EndsWith('e'))
        {
            return word;
        }

        var stem = word[..^1];
        var measure = Measure(stem);
        return measure > 1 || (measure == 1 && !EndsCvc(stem)) ? stem : word;
    }

    private static string Step5b(string word) =>
        word.EndsWith("ll", StringComparison.Ordinal) && Measure(word[..^1]) > 1 ? word[..^1] : word;
}
