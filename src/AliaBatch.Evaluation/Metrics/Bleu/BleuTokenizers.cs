using System.Text;
using AliaBatch.Evaluation.Metrics.Text;

namespace AliaBatch.Evaluation.Metrics.Bleu;

/// <summary>
/// sacreBLEU 2.x tokenizers. The <c>13a</c> rules only separate ASCII punctuation and symbols:
/// Unicode punctuation such as «», “”, ¿ or ¡ stays glued to the neighbouring word, exactly as in
/// mteval-v13a.pl and sacreBLEU.
/// </summary>
public static partial class BleuTokenizers
{
    /// <summary>The name sacreBLEU prints in the <c>tok:</c> field of the signature.</summary>
    /// <param name="tokenizer">The tokenizer.</param>
    /// <returns>The signature name.</returns>
    public static string SignatureName(BleuTokenizer tokenizer) => tokenizer switch
    {
        BleuTokenizer.ThirteenA => "13a",
        BleuTokenizer.None => "none",
        BleuTokenizer.Character => "char",
        _ => throw new ArgumentOutOfRangeException(nameof(tokenizer), tokenizer, "Unknown BLEU tokenizer."),
    };

    /// <summary>Parses a sacreBLEU tokenizer name (<c>13a</c>, <c>none</c>, <c>char</c>).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The tokenizer.</returns>
    public static BleuTokenizer Parse(string name) => name switch
    {
        "13a" => BleuTokenizer.ThirteenA,
        "none" => BleuTokenizer.None,
        "char" => BleuTokenizer.Character,
        _ => throw new ArgumentException($"Unknown BLEU tokenizer '{name}'; expected 13a, none or char.", nameof(name)),
    };

    /// <summary>Tokenizes one segment; the result's tokens are separated by single spaces.</summary>
    /// <param name="tokenizer">The tokenizer.</param>
    /// <param name="line">The segment.</param>
    /// <returns>The tokenized segment.</returns>
    public static string Tokenize(BleuTokenizer tokenizer, string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return tokenizer switch
        {
            BleuTokenizer.ThirteenA => Tokenize13a(line),
            BleuTokenizer.None => line,
            BleuTokenizer.Character => TokenizeCharacters(line),
            _ => throw new ArgumentOutOfRangeException(nameof(tokenizer), tokenizer, "Unknown BLEU tokenizer."),
        };
    }

    /// <summary>The mteval-v13a tokenization as sacreBLEU implements it.</summary>
    /// <param name="line">The segment.</param>
    /// <returns>The tokenized segment.</returns>
    public static string Tokenize13a(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        line = line.Replace("<skipped>", string.Empty, StringComparison.Ordinal)
            .Replace("-\n", string.Empty, StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal)
            .Replace("&quot;", "\"", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal)
            .Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal);
        line = " " + line + " ";
        line = MtevalPatterns.AsciiSymbol().Replace(line, " $1 ");
        line = MtevalPatterns.PeriodCommaAfterNonDigit().Replace(line, "$1 $2 ");
        line = MtevalPatterns.PeriodCommaBeforeNonDigit().Replace(line, " $1 $2");
        line = MtevalPatterns.DashAfterDigit().Replace(line, "$1 $2 ");
        return string.Join(' ', PythonText.Split(line));
    }

    private static string TokenizeCharacters(string line)
    {
        var offsets = PythonText.CodePointOffsets(line);
        var builder = new StringBuilder(line.Length * 2);
        for (var i = 0; i + 1 < offsets.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(line, offsets[i], offsets[i + 1] - offsets[i]);
        }

        return builder.ToString();
    }
}
