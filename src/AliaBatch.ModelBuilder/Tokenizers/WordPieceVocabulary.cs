using System.Text;

namespace AliaBatch.ModelBuilder.Tokenizers;

/// <summary>
/// A tiny uncased WordPiece vocabulary (<c>vocab.txt</c>) with real Spanish, Catalan and English words and
/// pieces, readable by any BERT tokenizer (e.g. <c>Microsoft.ML.Tokenizers.BertTokenizer</c>).
/// </summary>
public static class WordPieceVocabulary
{
    /// <summary>The special tokens, in id order: <c>[PAD]</c> is 0.</summary>
    public static IReadOnlyList<string> SpecialTokens { get; } = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"];

    private const string Punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~¡¿«»·–—…";
    private const string Letters = "abcdefghijklmnopqrstuvwxyzáàéèíïóòúüñç";

    private static readonly string[] s_words =
    [
        "el", "la", "los", "las", "de", "del", "en", "y", "que", "un", "una", "es", "por", "con", "para", "no", "se",
        "al", "lo", "como", "más", "pero", "sus", "le", "ya", "este", "muy", "hola", "gracias", "buenos", "días",
        "casa", "ciudad", "gobierno", "trabajo", "derechos", "humanos", "persona", "personas", "libertad",
        "barcelona", "madrid", "año", "años", "tiempo", "mundo", "país", "bien", "mal", "bueno", "malo",
        "els", "les", "i", "amb", "per", "és", "una", "dels", "als", "però", "molt", "bon", "dia", "món", "hola",
        "gràcies", "feina", "dret", "drets", "llibertat", "catalunya", "català", "any", "anys", "temps", "bé",
        "the", "of", "and", "to", "in", "is", "that", "it", "for", "on", "with", "as", "was", "be", "by", "this",
        "hello", "thanks", "good", "bad", "day", "world", "house", "city", "work", "rights", "human", "freedom",
        "people", "year", "time", "very", "not", "translation", "summary", "text", "language", "model",
        "traducción", "resumen", "texto", "idioma", "modelo", "traducció", "resum", "text", "idioma", "model",
    ];

    private static readonly string[] s_suffixes =
    [
        "s", "es", "os", "as", "ción", "ciones", "ció", "cions", "ment", "mente", "ing", "ed", "ly", "er", "ers",
        "ar", "ir", "ado", "ada", "ats", "at", "ia", "ies", "tat", "dad", "ity", "tion", "ns", "nt", "ble",
    ];

    /// <summary>Builds the token list (one token per line of <c>vocab.txt</c>), padded with <c>[unusedN]</c> to <paramref name="size"/>.</summary>
    public static IReadOnlyList<string> Build(int size)
    {
        var tokens = new List<string>(SpecialTokens);
        var seen = new HashSet<string>(tokens, StringComparer.Ordinal);
        void Add(string token)
        {
            if (tokens.Count < size && seen.Add(token))
            {
                tokens.Add(token);
            }
        }

        foreach (var c in Punctuation + "0123456789" + Letters)
        {
            Add(c.ToString());
        }

        foreach (var c in "0123456789" + Letters)
        {
            Add("##" + c);
        }

        foreach (var word in s_words)
        {
            Add(word);
        }

        foreach (var suffix in s_suffixes)
        {
            Add("##" + suffix);
        }

        for (var unused = 0; tokens.Count < size; unused++)
        {
            Add($"[unused{unused}]");
        }

        return tokens;
    }

    /// <summary>Writes <c>vocab.txt</c> (UTF-8, one token per line) to <paramref name="path"/>.</summary>
    public static void Write(string path, int size) =>
        File.WriteAllLines(path, Build(size), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
