using System.Globalization;
using System.Text;

namespace AliaBatch.Pipeline.Tasks.Summarization;

/// <summary>
/// The built-in, model-free extractive summariser: sentences are scored by cosine similarity to the document's
/// TF-IDF centroid (IDF over the document's own sentences, so function words of any language weigh little), with a
/// small lead bonus; the best are chosen without near-duplicates under sentence and word budgets, in document order.
/// </summary>
public static class ExtractiveSummarizer
{
    /// <summary>Component name and version recorded in provenance.</summary>
    public const string Component = "summarizer:extractive-centroid/1";

    private const double LeadBonus = 0.15;
    private const double RedundancyThreshold = 0.75;
    private const int MinimumWords = 4;

    /// <summary>Chooses sentence indexes (ascending) for a summary of at most <paramref name="maxSentences"/> sentences and about <paramref name="maxWords"/> words.</summary>
    public static IReadOnlyList<int> Select(IReadOnlyList<string> sentences, int maxSentences, int maxWords)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSentences, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWords, 1);
        if (sentences.Count == 0)
        {
            return [];
        }

        var terms = sentences.Select(Terms).ToList();
        var vectors = Weigh(terms);
        var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var vector in vectors)
        {
            foreach (var (term, weight) in vector)
            {
                centroid[term] = centroid.GetValueOrDefault(term) + weight;
            }
        }

        var ranked = Enumerable.Range(0, sentences.Count)
            .Select(i => (Index: i, Score: Score(i, terms[i].Count, vectors[i], centroid, sentences.Count)))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Index)
            .ToList();

        var chosen = new List<int>();
        var words = 0;
        foreach (var (index, _) in ranked)
        {
            if (chosen.Count == maxSentences)
            {
                break;
            }

            var length = WordCount(sentences[index]);
            if (chosen.Count > 0 && words + length > maxWords)
            {
                continue;
            }

            if (chosen.Any(c => Cosine(vectors[c], vectors[index]) > RedundancyThreshold))
            {
                continue;
            }

            chosen.Add(index);
            words += length;
        }

        chosen.Sort();
        return chosen;
    }

    /// <summary>Words in a sentence, as counted for the word budget.</summary>
    public static int WordCount(string sentence) =>
        sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static double Score(int index, int termCount, Dictionary<string, double> vector, Dictionary<string, double> centroid, int count)
    {
        var similarity = Cosine(vector, centroid);
        var lead = LeadBonus * (1.0 - (double)index / count);
        var shortPenalty = termCount < MinimumWords ? 0.5 : 1.0;
        return (similarity + lead) * shortPenalty;
    }

    private static List<Dictionary<string, double>> Weigh(List<List<string>> terms)
    {
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in terms)
        {
            foreach (var term in sentence.Distinct(StringComparer.Ordinal))
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        return [.. terms.Select(sentence =>
        {
            var vector = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var term in sentence)
            {
                vector[term] = vector.GetValueOrDefault(term) + 1;
            }

            foreach (var term in vector.Keys.ToList())
            {
                vector[term] *= Math.Log((1.0 + terms.Count) / (1.0 + documentFrequency[term])) + 1.0;
            }

            return vector;
        })];
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        double dot = 0, normA = 0, normB = 0;
        foreach (var (term, weight) in a)
        {
            normA += weight * weight;
            if (b.TryGetValue(term, out var other))
            {
                dot += weight * other;
            }
        }

        foreach (var weight in b.Values)
        {
            normB += weight * weight;
        }

        return normA == 0 || normB == 0 ? 0 : dot / Math.Sqrt(normA * normB);
    }

    private static List<string> Terms(string sentence)
    {
        var terms = new List<string>();
        var current = new StringBuilder();
        foreach (var c in sentence.Normalize(NormalizationForm.FormC))
        {
            // The Catalan middle dot (col·legi) and apostrophes inside words (l'Ajuntament) keep a word together.
            if (char.IsLetterOrDigit(c) || (c is '·' && current.Length > 0))
            {
                current.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else
            {
                Flush(current, terms);
            }
        }

        Flush(current, terms);
        return terms;
    }

    private static void Flush(StringBuilder current, List<string> terms)
    {
        if (current.Length > 2)
        {
            terms.Add(current.ToString());
        }

        current.Clear();
    }
}
