namespace AliaBatch.Text.Languages;

/// <summary>
/// Tells Valencian from central Catalan by counting word forms of the Valencian standard (AVL)
/// against their central (IEC) counterparts: demonstratives (<c>este</c>/<c>aquest</c> is left out,
/// both standards use <c>aquest</c>), possessives (<c>seua</c>/<c>seva</c>), <c>servici</c>/<c>servei</c>,
/// <c>eixir</c>/<c>sortir</c>, <c>vosté</c>/<c>vostè</c>, infinitives in <c>-indre</c>/<c>-enir</c>,
/// subjunctives (<c>siga</c>/<c>sigui</c>, <c>fora</c>/<c>fos</c>), first-person presents (<c>pague</c>/<c>pago</c>)
/// and inchoative verbs (<c>servix</c>/<c>serveix</c>).
/// </summary>
internal static class ValencianSignal
{
    private static readonly HashSet<string> s_valencian = new(StringComparer.Ordinal)
    {
        "este", "esta", "estos", "estes", "eixe", "eixa", "eixos", "eixes", "servici", "servicis",
        "eixir", "isc", "ix", "ixen", "isca", "vosté", "vostés", "meua", "teua", "seua", "meues", "teues", "seues",
        "hui", "huit", "xicotet", "xicoteta", "xicotets", "xicotetes", "arrere", "ací", "davall", "hòmens", "jóvens",
        "tindre", "vindre", "obtindre", "mantindre", "contindre", "previndre", "sostindre", "detindre", "retindre", "pertànyer",
        "siga", "sigues", "siguen", "tinga", "tingues", "tinguen", "puga", "pugues", "puguen", "vaja", "vages", "vagen",
        "faça", "facen", "diga", "digues", "diguen", "haja", "hages", "hagen",
        "fora", "foren", "haguera", "hagueren", "poguera", "pogueren", "tinguera", "tingueren", "diguera", "fera", "anara", "estiguera",
        "pague", "done", "parle", "compre", "pense", "cante", "treballe", "demane", "envie", "arribe", "acabe", "trobe",
    };

    private static readonly HashSet<string> s_central = new(StringComparer.Ordinal)
    {
        "servei", "serveis", "sortir", "surt", "surto", "surten", "vostè", "vostès", "meva", "teva", "seva", "meves", "teves", "seves",
        "avui", "vuit", "petit", "petita", "petits", "petites", "enrere", "aquí", "mirall", "homes", "joves", "noi", "noia",
        "tenir", "venir", "obtenir", "mantenir", "contenir", "prevenir", "sostenir", "detenir", "retenir",
        "sigui", "siguis", "siguin", "tingui", "tinguis", "tinguin", "pugui", "puguis", "puguin", "vagi", "vagis", "vagin",
        "faci", "facis", "facin", "digui", "diguis", "diguin", "hagi", "hagis", "hagin",
        "fos", "fossin", "hagués", "haguessin", "pogués", "poguessin", "tingués", "digués", "anés", "estigués",
        "pago", "dono", "parlo", "compro", "penso", "canto", "treballo", "demano", "envio", "arribo", "acabo", "trobo",
        "serveix", "serveixen", "ofereix", "ofereixen", "garanteix", "garanteixen", "estableix", "estableixen", "defineix",
        "exigeix", "confereix", "pateix", "afegeix", "compleix", "prohibeix", "distribueix", "construeix", "contribueix", "llegeix",
    };

    /// <summary>True when Valencian forms are at least two and outnumber central forms more than twice over.</summary>
    public static bool IsStrong(string text)
    {
        Count(text, out var valencian, out var central);
        return IsStrong(valencian, central);
    }

    /// <summary>The decision rule of <see cref="IsStrong(string)"/> on counts, so documents can pool them.</summary>
    public static bool IsStrong(int valencian, int central) => valencian >= 2 && valencian > 2 * central;

    /// <summary>Counts the Valencian and central forms among the words of <paramref name="text"/>.</summary>
    public static void Count(string text, out int valencian, out int central)
    {
        valencian = 0;
        central = 0;
        Span<char> word = stackalloc char[32];
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetter(c))
            {
                if (length < word.Length)
                {
                    word[length] = char.ToLowerInvariant(c);
                }

                length++;
                continue;
            }

            if (length > 0 && length <= word.Length)
            {
                var form = word[..length];
                valencian += s_valencian.GetAlternateLookup<ReadOnlySpan<char>>().Contains(form) || IsValencianInchoative(form) ? 1 : 0;
                central += s_central.GetAlternateLookup<ReadOnlySpan<char>>().Contains(form) ? 1 : 0;
            }

            length = 0;
        }
    }

    /// <summary>Inchoative verbs without the central <c>e</c>: <c>servix</c>, <c>oferixen</c>, <c>distribuïx</c>, <c>patisca</c>.</summary>
    private static bool IsValencianInchoative(ReadOnlySpan<char> form)
    {
        ReadOnlySpan<string> endings = ["ix", "ixen", "isca", "isquen"];
        foreach (var ending in endings)
        {
            if (form.Length >= ending.Length + 4 && form.EndsWith(ending, StringComparison.Ordinal))
            {
                var before = form[form.Length - ending.Length - 1];
                return before == 'ï' || (char.IsLetter(before) && "aeiouàèéíòóú".IndexOf(before, StringComparison.Ordinal) < 0);
            }
        }

        return false;
    }
}
