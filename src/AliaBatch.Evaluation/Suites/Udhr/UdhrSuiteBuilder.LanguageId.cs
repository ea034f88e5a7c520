using System.Globalization;
using AliaBatch.Text.Languages;

namespace AliaBatch.Evaluation.Suites.Udhr;

public static partial class UdhrSuiteBuilder
{
    /// <summary>
    /// The held-out paragraphs (<see cref="UdhrParagraph.IsHeldOut"/>, articles 3, 7, …, 27, which the embedded
    /// language model never saw) of at least <see cref="MinimumLanguageIdLength"/> characters, of every
    /// translation <see cref="UdhrCorpus"/> reads; the expected language is the primary one (Valencian is <c>ca</c>).
    /// </summary>
    /// <param name="paragraphs">The corpus, from <see cref="UdhrCorpus.Load"/>.</param>
    /// <returns>The suite.</returns>
    public static Suite BuildLanguageIdentification(IReadOnlyList<UdhrParagraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var items = new List<SuiteItem>();
        foreach (var group in paragraphs.Where(p => p.IsHeldOut).GroupBy(p => (p.Source, p.Article)))
        {
            var index = 0;
            foreach (var paragraph in group)
            {
                index++;
                if (paragraph.Text.Length < MinimumLanguageIdLength)
                {
                    continue;
                }

                items.Add(new SuiteItem
                {
                    Id = string.Create(CultureInfo.InvariantCulture, $"{paragraph.Source}-art{paragraph.Article:D2}-p{index}"),
                    Source = paragraph.Text,
                    ExpectedLanguage = paragraph.Language.Language,
                });
            }
        }

        var languages = items.Select(i => i.ExpectedLanguage!.Value).Distinct().OrderBy(l => l.Value, StringComparer.Ordinal).ToArray();
        var manifest = new SuiteManifest
        {
            Id = LanguageIdSuiteId,
            Version = Version,
            Description = "Language identification of the held-out UDHR paragraphs (articles 3, 7, 11, 15, 19, 23, 27; "
                + "at least 100 characters) in the languages of the embedded language model; Valencian (054) counts as ca.",
            Task = SuiteTask.LanguageIdentification,
            Languages = languages,
            Metrics = [new SuiteMetric(SuiteMetricNames.Accuracy, 2.0), new SuiteMetric(SuiteMetricNames.MacroF1, 2.0)],
            Data = DataSource(UdhrCorpus.Sources.Keys),
        };
        return new Suite(manifest, items);
    }
}
