using System.Text.Json;

namespace AliaBatch.Inference.Tokenization.HuggingFace;

/// <summary>
/// The <c>pre_tokenizer</c> section of a Hugging Face <c>tokenizer.json</c>: splits a normalised segment into the
/// words BPE merges within. Supports the SentencePiece-style ones (<c>Metaspace</c>, <c>Digits</c>, <c>Sequence</c>).
/// </summary>
internal sealed class HfPreTokenizer
{
    private readonly List<Func<string, bool, IEnumerable<string>>> _steps = [];

    private HfPreTokenizer()
    {
    }

    public static HfPreTokenizer Parse(JsonElement element)
    {
        var preTokenizer = new HfPreTokenizer();
        if (element.ValueKind != JsonValueKind.Null)
        {
            preTokenizer.Add(element);
        }

        return preTokenizer;
    }

    /// <summary>Splits a segment; <paramref name="isFirstSegment"/> is false after an added token.</summary>
    public IEnumerable<string> Split(string segment, bool isFirstSegment)
    {
        IEnumerable<string> words = [segment];
        foreach (var step in _steps)
        {
            words = words.SelectMany(w => step(w, isFirstSegment)).ToList();
        }

        return words;
    }

    private void Add(JsonElement element)
    {
        var type = element.GetProperty("type").GetString();
        switch (type)
        {
            case "Sequence":
                foreach (var child in element.GetProperty("pretokenizers").EnumerateArray())
                {
                    Add(child);
                }

                break;
            case "Digits":
                var individual = element.TryGetProperty("individual_digits", out var ind) && ind.GetBoolean();
                _steps.Add((w, _) => SplitDigits(w, individual));
                break;
            case "Metaspace":
                var replacement = element.GetProperty("replacement").GetString() ?? "\u2581";
                var scheme = element.TryGetProperty("prepend_scheme", out var ps) ? ps.GetString() : "always";
                var split = !element.TryGetProperty("split", out var sp) || sp.GetBoolean();
                _steps.Add((w, first) => Metaspace(w, replacement, scheme == "always" || (scheme == "first" && first), split));
                break;
            default:
                throw new NotSupportedException($"tokenizer.json pre_tokenizer '{type}' is not supported.");
        }
    }

    private static IEnumerable<string> SplitDigits(string word, bool individual)
    {
        var start = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var digit = char.IsNumber(word[i]);
            var boundary = digit
                ? individual || i == 0 || !char.IsNumber(word[i - 1])
                : i > 0 && char.IsNumber(word[i - 1]);
            if (boundary && i > start)
            {
                yield return word[start..i];
                start = i;
            }
        }

        if (start < word.Length)
        {
            yield return word[start..];
        }
    }

    private static List<string> Metaspace(string word, string replacement, bool prepend, bool split)
    {
        var replaced = word.Replace(" ", replacement, StringComparison.Ordinal);
        if (prepend && !replaced.StartsWith(replacement, StringComparison.Ordinal))
        {
            replaced = replacement + replaced;
        }

        if (!split || replaced.Length == 0)
        {
            return [replaced];
        }

        var words = new List<string>();
        var start = 0;
        var at = replaced.IndexOf(replacement, 1, StringComparison.Ordinal);
        while (at > 0)
        {
            words.Add(replaced[start..at]);
            start = at;
            at = replaced.IndexOf(replacement, at + replacement.Length, StringComparison.Ordinal);
        }

        words.Add(replaced[start..]);
        return words;
    }
}
