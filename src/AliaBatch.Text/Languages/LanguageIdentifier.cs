using System.Buffers;
using System.Text;
using AliaBatch.Core.Languages;

namespace AliaBatch.Text.Languages;

/// <summary>
/// Identifies the language of text with a character n-gram naive Bayes <see cref="LanguageModel"/>.
/// Thread-safe: one instance serves every caller.
/// </summary>
public sealed partial class LanguageIdentifier
{
    /// <summary>Text with fewer letters than this is <see cref="LanguageTag.Undetermined"/>.</summary>
    public const int MinimumLetters = 12;

    /// <summary>The name of the embedded, gzip-compressed model resource.</summary>
    public const string ModelResourceName = "AliaBatch.Text.Languages.langid.model.gz";

    private const int StackBufferLength = 1024;

    private static readonly Lazy<LanguageIdentifier> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly LanguageModel _model;

    /// <summary>Creates an identifier over <paramref name="model"/>.</summary>
    /// <param name="model">A trained model.</param>
    public LanguageIdentifier(LanguageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    /// <summary>The identifier over the model embedded in this assembly, loaded on first use.</summary>
    public static LanguageIdentifier Default => s_default.Value;

    /// <summary>The model this identifier scores with.</summary>
    public LanguageModel Model => _model;

    /// <summary>
    /// Detects the language of <paramref name="text"/>. Text with fewer than <see cref="MinimumLetters"/>
    /// letters gives <see cref="LanguageTag.Undetermined"/> with confidence 0; only the first
    /// 4,096 characters are scored.
    /// </summary>
    /// <param name="text">The text, ideally one paragraph.</param>
    /// <returns>The most probable language, its confidence and every candidate.</returns>
    public LanguageDetection Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var languageCount = _model.Languages.Count;
        Span<double> scores = stackalloc double[languageCount];

        var length = NGramText.BufferLength(composed);
        char[]? rented = null;
        Span<char> buffer = length <= StackBufferLength ? stackalloc char[length] : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            var written = NGramText.Prepare(composed, buffer, out var letters);
            if (letters < MinimumLetters)
            {
                return new LanguageDetection(LanguageTag.Undetermined, 0, []);
            }

            _model.Score(buffer[..written], scores);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }

        var candidates = ToCandidates(scores);
        var best = candidates[0];
        LanguageTag? variant = best.Language == LanguageTag.Catalan && ValencianSignal.IsStrong(composed) ? LanguageTag.Valencian : null;
        return new LanguageDetection(best.Language, best.Probability, candidates, variant);
    }

    /// <summary>
    /// Turns log-likelihoods into probabilities. Each character takes part in up to five overlapping
    /// n-grams, so the naive independence assumption counts its evidence about five times; dividing by
    /// the n-gram order before the softmax tempers that overconfidence.
    /// </summary>
    private LanguageScore[] ToCandidates(Span<double> scores)
    {
        var max = double.NegativeInfinity;
        for (var l = 0; l < scores.Length; l++)
        {
            scores[l] /= NGramText.MaxOrder;
            max = Math.Max(max, scores[l]);
        }

        var sum = 0.0;
        for (var l = 0; l < scores.Length; l++)
        {
            scores[l] = Math.Exp(scores[l] - max);
            sum += scores[l];
        }

        var candidates = new LanguageScore[scores.Length];
        for (var l = 0; l < scores.Length; l++)
        {
            var candidate = new LanguageScore(_model.Languages[l], scores[l] / sum);
            var position = l;
            while (position > 0 && candidates[position - 1].Probability < candidate.Probability)
            {
                candidates[position] = candidates[position - 1];
                position--;
            }

            candidates[position] = candidate;
        }

        return candidates;
    }

    private static LanguageIdentifier LoadDefault()
    {
        using var stream = typeof(LanguageIdentifier).Assembly.GetManifestResourceStream(ModelResourceName)
            ?? throw new InvalidOperationException($"The embedded language model '{ModelResourceName}' is missing from {typeof(LanguageIdentifier).Assembly.GetName().Name}.");
        return new LanguageIdentifier(LanguageModel.ReadCompressed(stream));
    }
}
