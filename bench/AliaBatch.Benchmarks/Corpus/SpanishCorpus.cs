using System.Text;

namespace AliaBatch.Benchmarks.Corpus;

/// <summary>
/// Deterministic Spanish sentences of 5–30 words for encoder benchmarks: the same seed gives the same texts on every
/// machine and every .NET version (<see cref="Random(int)"/> keeps its seeded sequence stable).
/// </summary>
internal static class SpanishCorpus
{
    public const int MinWords = 5;
    public const int MaxWords = 30;

    /// <summary>Builds <paramref name="count"/> sentences; lengths are skewed towards short ones, as in notices and minutes.</summary>
    public static IReadOnlyList<string> Generate(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var sentences = new string[count];
        for (var i = 0; i < count; i++)
        {
            // u^1.4 skews towards short sentences while keeping a long tail up to 30 words.
            var target = MinWords + (int)((MaxWords - MinWords + 1) * Math.Pow(random.NextDouble(), 1.4));
            sentences[i] = Compose(random, Math.Min(target, MaxWords));
        }

        return sentences;
    }

    private static string Compose(Random random, int words)
    {
        var pool = new List<string>(48);
        var parts = new[] { SpanishPhrases.Openings, SpanishPhrases.Bodies, SpanishPhrases.Closings };
        var part = random.Next(3);
        while (pool.Count < words)
        {
            var phrases = parts[part % 3];
            pool.AddRange(phrases[random.Next(phrases.Count)].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            part++;
        }

        var text = new StringBuilder(string.Join(' ', pool.Take(words)).TrimEnd(',', ';'));
        text[0] = char.ToUpperInvariant(text[0]);
        return text.Append('.').ToString();
    }
}
