namespace AliaBatch.ModelBuilder.Tokenizers;

/// <summary>
/// Learns SentencePiece-style BPE merges on whitespace-marked words (<c>▁word</c>), deterministically:
/// the most frequent adjacent pair wins, ties go to the ordinally smallest pair.
/// </summary>
internal static class BpeTrainer
{
    public const char SpaceMarker = '\u2581';

    /// <summary>Returns the base symbols (sorted) and the merges (in rank order) for at most <paramref name="maxSymbols"/> symbols.</summary>
    public static (IReadOnlyList<string> Alphabet, IReadOnlyList<(string Left, string Right)> Merges) Train(IEnumerable<string> lines, int maxSymbols)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var marked = SpaceMarker + word;
                words[marked] = words.GetValueOrDefault(marked) + 1;
            }
        }

        var alphabet = words.Keys.SelectMany(w => w).Distinct().Select(c => c.ToString()).Order(StringComparer.Ordinal).Take(maxSymbols).ToList();
        var symbols = new HashSet<string>(alphabet, StringComparer.Ordinal);
        var segmented = words.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => (Parts: w.Key.Select(c => c.ToString()).ToList(), Count: w.Value)).ToList();
        var merges = new List<(string Left, string Right)>();
        while (symbols.Count < maxSymbols)
        {
            var best = BestPair(segmented);
            if (best is null)
            {
                break;
            }

            var (left, right) = best.Value;
            merges.Add((left, right));
            symbols.Add(left + right);
            foreach (var (parts, _) in segmented)
            {
                for (var i = 0; i < parts.Count - 1; i++)
                {
                    if (parts[i] == left && parts[i + 1] == right)
                    {
                        parts[i] = left + right;
                        parts.RemoveAt(i + 1);
                    }
                }
            }
        }

        return (alphabet, merges);
    }

    private static (string Left, string Right)? BestPair(List<(List<string> Parts, int Count)> words)
    {
        var counts = new Dictionary<(string, string), int>();
        foreach (var (parts, count) in words)
        {
            for (var i = 0; i < parts.Count - 1; i++)
            {
                var pair = (parts[i], parts[i + 1]);
                counts[pair] = counts.GetValueOrDefault(pair) + count;
            }
        }

        return counts.Count == 0
            ? null
            : counts.OrderByDescending(p => p.Value)
                .ThenBy(p => p.Key.Item1 + " " + p.Key.Item2, StringComparer.Ordinal)
                .Select(p => ((string, string)?)p.Key)
                .First();
    }
}
