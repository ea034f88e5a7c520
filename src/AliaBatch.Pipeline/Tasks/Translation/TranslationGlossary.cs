using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace AliaBatch.Pipeline.Tasks.Translation;

/// <summary>
/// A request's fixed term translations (<c>tasks.translate.glossary</c>: term → translation, applied to every target).
/// A term is found in a source segment as a whole word, ignoring case (the longest term wins where terms overlap);
/// it is written inline as its translation before the segment is prompted, and the translation is a required phrase
/// of the segment's output, so constrained decoding puts it there whatever the model prefers.
/// </summary>
public sealed class TranslationGlossary
{
    /// <summary>Provenance component of the glossary stage.</summary>
    public const string Component = "glossary/1";

    private static readonly TimeSpan s_matchTimeout = TimeSpan.FromSeconds(2);
    private readonly Dictionary<string, string> _translations;
    private readonly Regex _terms;

    private TranslationGlossary(Dictionary<string, string> translations, string sha256)
    {
        _translations = translations;
        Sha256 = sha256;
        var alternatives = translations.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape);
        _terms = new Regex($@"(?<![\w]){string.Join('|', alternatives.Select(a => $"(?:{a})"))}(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, s_matchTimeout);
    }

    /// <summary>Entries after dropping blank terms and translations.</summary>
    public int Count => _translations.Count;

    /// <summary>SHA-256 of the entries as UTF-8 <c>term\ttranslation\n</c> lines in ordinal order of the terms: the glossary's identity in provenance.</summary>
    public string Sha256 { get; }

    /// <summary>The glossary of <paramref name="entries"/>; null when there is none or every entry is blank.</summary>
    public static TranslationGlossary? From(IReadOnlyDictionary<string, string>? entries)
    {
        var translations = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (term, translation) in (entries ?? new Dictionary<string, string>()).OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!string.IsNullOrWhiteSpace(term) && !string.IsNullOrWhiteSpace(translation))
            {
                translations.TryAdd(term.Trim(), translation.Trim());
            }
        }

        if (translations.Count == 0)
        {
            return null;
        }

        var canonical = string.Concat(translations.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}\t{e.Value}\n"));
        return new TranslationGlossary(translations, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))));
    }

    /// <summary>The segment with every term written as its translation, and the translations its output must contain.</summary>
    public (string Text, IReadOnlyList<string> Required) Apply(string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var required = new List<string>();
        var text = _terms.Replace(segment, match =>
        {
            var translation = _translations[match.Value];
            if (!required.Contains(translation, StringComparer.Ordinal))
            {
                required.Add(translation);
            }

            return translation;
        });
        return (text, required);
    }

    /// <summary>How many of <paramref name="required"/> occur in <paramref name="output"/> (ordinal).</summary>
    public static int Hits(string output, IReadOnlyList<string> required)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(required);
        return required.Count(r => output.Contains(r, StringComparison.Ordinal));
    }
}
