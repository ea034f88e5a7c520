using AliaBatch.Core.Languages;

namespace AliaBatch.Text.Languages;

public sealed partial class LanguageIdentifier
{
    /// <summary>The share of a document's letters a second language must cover for the document to be mixed.</summary>
    public const double MixedShare = 0.2;

    /// <summary>
    /// Detects the language of each paragraph and of the whole document. The document's language is
    /// the one covering most letters (paragraphs weighted by their letter count, undetermined ones
    /// ignored); it is mixed when two or more languages each cover at least <see cref="MixedShare"/>.
    /// </summary>
    /// <param name="paragraphs">The document's paragraphs, in order.</param>
    /// <returns>The document's language and one result per paragraph.</returns>
    public DocumentLanguageDetection DetectDocument(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var languages = _model.Languages;
        var weights = new double[languages.Count];
        var confidences = new double[languages.Count];
        var results = new ParagraphLanguage[paragraphs.Count];
        var valencianForms = 0;
        var centralForms = 0;
        var total = 0.0;

        for (var i = 0; i < paragraphs.Count; i++)
        {
            var detection = Detect(paragraphs[i]);
            results[i] = new ParagraphLanguage(i, detection.Language, detection.Confidence);
            var index = IndexOf(detection.Language);
            if (index < 0)
            {
                continue;
            }

            var letters = CountLetters(paragraphs[i]);
            weights[index] += letters;
            confidences[index] += letters * detection.Confidence;
            total += letters;
            if (detection.Language == LanguageTag.Catalan)
            {
                ValencianSignal.Count(paragraphs[i], out var valencian, out var central);
                valencianForms += valencian;
                centralForms += central;
            }
        }

        if (total == 0)
        {
            return new DocumentLanguageDetection(LanguageTag.Undetermined, 0, false, results);
        }

        var best = 0;
        var substantial = 0;
        for (var l = 0; l < weights.Length; l++)
        {
            best = weights[l] > weights[best] ? l : best;
            substantial += weights[l] / total >= MixedShare ? 1 : 0;
        }

        var language = languages[best];
        var confidence = weights[best] / total * (confidences[best] / weights[best]);
        LanguageTag? variant = language == LanguageTag.Catalan && ValencianSignal.IsStrong(valencianForms, centralForms) ? LanguageTag.Valencian : null;
        return new DocumentLanguageDetection(language, confidence, substantial >= 2, results, variant);
    }

    private int IndexOf(LanguageTag language)
    {
        var languages = _model.Languages;
        for (var l = 0; l < languages.Count; l++)
        {
            if (languages[l] == language)
            {
                return l;
            }
        }

        return -1;
    }

    private static int CountLetters(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters;
    }
}
