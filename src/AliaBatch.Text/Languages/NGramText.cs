namespace AliaBatch.Text.Languages;

/// <summary>
/// Turns text into the character stream that n-grams are taken from, identically for training and
/// scoring: letters lower-cased, apostrophes and the Catalan middle dot kept inside words, everything
/// else a single word-boundary space, with a space at both ends.
/// </summary>
internal static class NGramText
{
    /// <summary>The longest n-gram, in characters.</summary>
    public const int MaxOrder = 5;

    /// <summary>
    /// Text beyond this many characters is not scored: a paragraph's first few thousand characters
    /// settle its language, and the cap keeps <see cref="LanguageIdentifier.Detect"/> bounded.
    /// </summary>
    public const int MaxScoredChars = 4096;

    /// <summary>The buffer length <see cref="Prepare"/> needs for <paramref name="text"/>.</summary>
    public static int BufferLength(ReadOnlySpan<char> text) => Math.Min(text.Length, MaxScoredChars) + 2;

    /// <summary>Writes the feature stream of <paramref name="text"/> into <paramref name="destination"/>.</summary>
    /// <returns>The number of characters written.</returns>
    public static int Prepare(ReadOnlySpan<char> text, Span<char> destination, out int letters)
    {
        letters = 0;
        var length = 0;
        destination[length++] = ' ';
        var limit = destination.Length - 1;
        for (var i = 0; i < text.Length && length < limit; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                destination[length++] = char.ToLowerInvariant(c);
                letters++;
            }
            else if ((c is '\'' or '\u2019' or '\u00B7') && destination[length - 1] != ' ')
            {
                destination[length++] = c == '\u00B7' ? c : '\'';
            }
            else if (destination[length - 1] != ' ')
            {
                destination[length++] = ' ';
            }
        }

        if (destination[length - 1] != ' ')
        {
            destination[length++] = ' ';
        }

        return length;
    }

    /// <summary>The 64-bit FNV-1a hash of an n-gram; never zero, which marks an empty table slot.</summary>
    public static ulong Hash(ReadOnlySpan<char> gram)
    {
        var hash = 14695981039346656037UL;
        for (var i = 0; i < gram.Length; i++)
        {
            hash ^= gram[i];
            hash *= 1099511628211UL;
        }

        return hash == 0 ? 1 : hash;
    }

    /// <summary>True for the n-grams that carry no signal: the lone word-boundary space.</summary>
    public static bool IsSkipped(ReadOnlySpan<char> gram) => gram.Length == 1 && gram[0] == ' ';
}
