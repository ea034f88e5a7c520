using AliaBatch.Core.Languages;

namespace AliaBatch.Text.Segmentation;

/// <summary>
/// Abbreviations whose period is not a sentence break, lower-case and without the final period.
/// Those in <see cref="CanEndSentence"/> (<c>etc.</c>) end a sentence when an upper-case word follows.
/// </summary>
internal static class Abbreviations
{
    private static readonly string[] s_shared =
    [
        "sr", "sra", "srta", "sres", "sras", "srs", "d", "dª", "dña", "dn", "dr", "dra", "drs", "dres",
        "excmo", "excma", "excmos", "excmas", "excm", "ilmo", "ilma", "il·lm", "il·lma", "iltre", "hble", "rvdo", "sto", "sta", "st",
        "núm", "núms", "nº", "art", "arts", "pág", "págs", "pàg", "pàgs", "pag", "pp", "tel", "telf", "tfno", "fax",
        "fig", "figs", "cap", "caps", "vol", "vols", "ed", "eds", "av", "avda", "avgda", "pl", "pza", "c", "ctra", "apdo", "ap",
        "prof", "profa", "lic", "ing", "arq", "admón", "dpto", "depto", "dept", "ej", "ex", "vid", "cf", "cfr", "aprox", "sig", "sigs",
        "máx", "mín", "tlf", "col", "coord", "dir", "gral", "aa", "vv", "ntra", "ntro", "mr", "mrs", "ms", "vs",
    ];

    private static readonly Dictionary<string, string[]> s_byLanguage = new(StringComparer.Ordinal)
    {
        ["ca"] = ["sr", "sra", "srs", "dr", "dra", "núm", "pàg", "pàgs", "tel", "av", "pl", "ptes", "vg", "p", "ex", "mn", "hble", "excm", "excma", "il·lm", "il·lma"],
        ["eu"] = ["or", "orr", "zk", "zkia", "adib", "and", "jn", "esk", "ezk", "ik", "arg", "ikus", "urt", "hil", "ald"],
        ["gl"] = ["páx", "páxs", "rúa", "dna", "excmo", "excma", "núm", "ex", "p"],
        ["pt"] = ["pág", "págs", "exmo", "exma", "sr", "sra", "srª", "dr", "dra", "drª", "n", "nº", "av", "r"],
        ["fr"] = ["m", "mm", "mme", "mmes", "mlle", "mlles", "p", "cf", "av", "bd", "env"],
        ["it"] = ["sig", "sigg", "sigra", "dott", "dott.ssa", "prof", "pag", "pagg", "ing", "avv", "ecc"],
        ["en"] = ["mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "approx", "dept", "est", "inc", "ltd", "co", "corp", "fig", "no"],
        ["oc"] = ["sr", "sra", "dr", "num", "pag", "p"],
    };

    /// <summary>Abbreviations that may also close a sentence: a following upper-case word starts a new one.</summary>
    public static readonly IReadOnlySet<string> CanEndSentence = new HashSet<string>(StringComparer.Ordinal)
    {
        "etc", "etab", "ecc", "inc", "ltd", "co", "corp", "jr", "no",
    };

    private static readonly Dictionary<string, HashSet<string>> s_sets = Build();

    /// <summary>The abbreviations to respect for <paramref name="language"/>: the shared list plus its own.</summary>
    public static IReadOnlySet<string> For(LanguageTag language) =>
        s_sets.TryGetValue(language.Language.Value, out var set) ? set : s_sets[string.Empty];

    private static Dictionary<string, HashSet<string>> Build()
    {
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            [string.Empty] = new HashSet<string>(s_shared, StringComparer.Ordinal),
        };

        foreach (var (language, extra) in s_byLanguage)
        {
            var set = new HashSet<string>(s_shared, StringComparer.Ordinal);
            set.UnionWith(extra);
            sets.Add(language, set);
        }

        foreach (var set in sets.Values)
        {
            set.UnionWith(CanEndSentence);
        }

        return sets;
    }
}
