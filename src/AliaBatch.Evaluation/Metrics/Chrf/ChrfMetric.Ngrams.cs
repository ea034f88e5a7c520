using AliaBatch.Evaluation.Metrics.Text;

namespace AliaBatch.Evaluation.Metrics.Chrf;

public sealed partial class ChrfMetric
{
    // string.punctuation, which sacreBLEU splits off word edges for chrF++.
    private const string AsciiPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    /// <summary>
    /// Splits a sentence into words as sacreBLEU's chrF++ does: one ASCII punctuation mark is
    /// separated from the end of a word or, failing that, from its start (so "(hi)" gives "(hi" and ")").
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <returns>The words.</returns>
    public static List<string> SplitPunctuation(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = new List<string>();
        foreach (var word in PythonText.Split(sentence))
        {
            if (word.Length == 1)
            {
                words.Add(word);
            }
            else if (AsciiPunctuation.Contains(word[^1], StringComparison.Ordinal))
            {
                words.Add(word[..^1]);
                words.Add(word[^1..]);
            }
            else if (AsciiPunctuation.Contains(word[0], StringComparison.Ordinal))
            {
                words.Add(word[..1]);
                words.Add(word[1..]);
            }
            else
            {
                words.Add(word);
            }
        }

        return words;
    }

    private List<Dictionary<string, int>> ExtractNgrams(string sentence)
    {
        var all = new List<Dictionary<string, int>>(Order);
        var characters = _options.Whitespace ? sentence : PythonText.RemoveWhitespace(sentence);
        var offsets = PythonText.CodePointOffsets(characters);
        var length = offsets.Length - 1;
        for (var n = 1; n <= _options.CharOrder; n++)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i + n <= length; i++)
            {
                var key = characters.Substring(offsets[i], offsets[i + n] - offsets[i]);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }

            all.Add(counts);
        }

        if (_options.WordOrder > 0)
        {
            var words = SplitPunctuation(sentence).ToArray();
            for (var n = 1; n <= _options.WordOrder; n++)
            {
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i + n <= words.Length; i++)
                {
                    var key = string.Join(' ', words, i, n);
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }

                all.Add(counts);
            }
        }

        return all;
    }
}
