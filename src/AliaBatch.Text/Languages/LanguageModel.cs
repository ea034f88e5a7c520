using AliaBatch.Core.Languages;

namespace AliaBatch.Text.Languages;

/// <summary>
/// A character n-gram naive Bayes model: per language, smoothed log-probabilities of the 1- to
/// 5-grams seen in training, held in an open-addressing hash table so scoring does no allocation.
/// Built by <see cref="LanguageModelTrainer"/>, stored with <see cref="Write"/> and loaded with <see cref="Read"/>.
/// </summary>
public sealed partial class LanguageModel
{
    /// <summary>Additive (Lidstone) smoothing applied to every n-gram count.</summary>
    public const double Smoothing = 0.5;

    private readonly LanguageTag[] _languages;
    private readonly string[] _grams;
    private readonly int[] _counts;
    private readonly Slot[] _slots;
    private readonly float[] _logProbabilities;
    private readonly float[] _unseen;
    private readonly int _mask;

    internal LanguageModel(LanguageTag[] languages, string[] grams, int[] counts)
    {
        _languages = languages;
        _grams = grams;
        _counts = counts;
        var languageCount = languages.Length;
        var capacity = 16;
        while (capacity < grams.Length * 2)
        {
            capacity <<= 1;
        }

        _mask = capacity - 1;
        _slots = new Slot[capacity];
        _logProbabilities = new float[grams.Length * languageCount];
        _unseen = new float[(NGramText.MaxOrder + 1) * languageCount];

        var totals = new double[(NGramText.MaxOrder + 1) * languageCount];
        var vocabulary = new int[NGramText.MaxOrder + 1];
        for (var g = 0; g < grams.Length; g++)
        {
            var order = grams[g].Length;
            vocabulary[order]++;
            for (var l = 0; l < languageCount; l++)
            {
                totals[(order * languageCount) + l] += counts[(g * languageCount) + l];
            }
        }

        for (var order = 1; order <= NGramText.MaxOrder; order++)
        {
            for (var l = 0; l < languageCount; l++)
            {
                var denominator = totals[(order * languageCount) + l] + (Smoothing * (vocabulary[order] + 1));
                totals[(order * languageCount) + l] = denominator;
                _unseen[(order * languageCount) + l] = (float)Math.Log(Smoothing / denominator);
            }
        }

        for (var g = 0; g < grams.Length; g++)
        {
            var order = grams[g].Length;
            for (var l = 0; l < languageCount; l++)
            {
                var count = counts[(g * languageCount) + l];
                _logProbabilities[(g * languageCount) + l] =
                    (float)Math.Log((count + Smoothing) / totals[(order * languageCount) + l]);
            }

            Insert(NGramText.Hash(grams[g]), g);
        }
    }

    /// <summary>The languages the model tells apart, in the order of its scores.</summary>
    public IReadOnlyList<LanguageTag> Languages => _languages;

    /// <summary>The number of distinct n-grams the model holds.</summary>
    public int NGramCount => _grams.Length;

    /// <summary>
    /// Adds each language's log-likelihood of the feature stream to <paramref name="scores"/> and
    /// returns the number of n-grams scored.
    /// </summary>
    internal int Score(ReadOnlySpan<char> features, Span<double> scores)
    {
        var languageCount = _languages.Length;
        var scored = 0;
        for (var end = 1; end <= features.Length; end++)
        {
            var longest = Math.Min(NGramText.MaxOrder, end);
            for (var order = 1; order <= longest; order++)
            {
                var gram = features.Slice(end - order, order);
                if (NGramText.IsSkipped(gram))
                {
                    continue;
                }

                scored++;
                var row = Find(NGramText.Hash(gram));
                var source = row < 0 ? _unseen.AsSpan(order * languageCount, languageCount) : _logProbabilities.AsSpan(row * languageCount, languageCount);
                for (var l = 0; l < languageCount; l++)
                {
                    scores[l] += source[l];
                }
            }
        }

        return scored;
    }

    private void Insert(ulong key, int row)
    {
        var slot = (int)key & _mask;
        while (_slots[slot].Key != 0)
        {
            slot = (slot + 1) & _mask;
        }

        _slots[slot] = new Slot(key, row);
    }

    private int Find(ulong key)
    {
        var slot = (int)key & _mask;
        while (true)
        {
            ref readonly var candidate = ref _slots[slot];
            if (candidate.Key == key)
            {
                return candidate.Row;
            }

            if (candidate.Key == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>A hash-table entry: the n-gram's hash (0 when empty) and its row in the log-probability table.</summary>
    private readonly record struct Slot(ulong Key, int Row);
}
