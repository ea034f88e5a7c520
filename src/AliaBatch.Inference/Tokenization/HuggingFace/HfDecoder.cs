using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AliaBatch.Inference.Tokenization.HuggingFace;

/// <summary>
/// The <c>decoder</c> section of a Hugging Face <c>tokenizer.json</c>: turns token strings back into text
/// (<c>Replace</c>, <c>ByteFallback</c>, <c>Fuse</c>, <c>Strip</c>, <c>Metaspace</c>, <c>Sequence</c>).
/// </summary>
internal sealed class HfDecoder
{
    private readonly List<Func<List<string>, List<string>>> _steps = [];

    private HfDecoder()
    {
    }

    public static HfDecoder Parse(JsonElement element)
    {
        var decoder = new HfDecoder();
        if (element.ValueKind != JsonValueKind.Null)
        {
            decoder.Add(element);
        }

        return decoder;
    }

    public string Decode(IEnumerable<string> tokens)
    {
        var list = tokens.ToList();
        foreach (var step in _steps)
        {
            list = step(list);
        }

        return string.Concat(list);
    }

    private void Add(JsonElement element)
    {
        var type = element.GetProperty("type").GetString();
        switch (type)
        {
            case "Sequence":
                foreach (var child in element.GetProperty("decoders").EnumerateArray())
                {
                    Add(child);
                }

                break;
            case "Replace":
                var pattern = HfPattern.Parse(element.GetProperty("pattern"));
                var content = element.GetProperty("content").GetString() ?? string.Empty;
                _steps.Add(tokens => tokens.ConvertAll(t => pattern.Replace(t, content)));
                break;
            case "ByteFallback":
                _steps.Add(ByteFallback);
                break;
            case "Fuse":
                _steps.Add(tokens => [string.Concat(tokens)]);
                break;
            case "Strip":
                var strip = element.GetProperty("content").GetString() ?? " ";
                var start = element.GetProperty("start").GetInt32();
                var stop = element.GetProperty("stop").GetInt32();
                _steps.Add(tokens => tokens.ConvertAll(t => Strip(t, strip, start, stop)));
                break;
            case "Metaspace":
                var replacement = element.GetProperty("replacement").GetString() ?? "\u2581";
                var scheme = element.TryGetProperty("prepend_scheme", out var ps) ? ps.GetString() : "always";
                _steps.Add(tokens => tokens.Select((t, i) =>
                {
                    var text = t.Replace(replacement, " ", StringComparison.Ordinal);
                    return i == 0 && scheme != "never" && text.StartsWith(' ') ? text[1..] : text;
                }).ToList());
                break;
            default:
                throw new NotSupportedException($"tokenizer.json decoder '{type}' is not supported.");
        }
    }

    private static List<string> ByteFallback(List<string> tokens)
    {
        var result = new List<string>(tokens.Count);
        var pending = new List<byte>();
        foreach (var token in tokens)
        {
            if (token.Length == 6 && token.StartsWith("<0x", StringComparison.Ordinal) && token[5] == '>'
                && byte.TryParse(token.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
            {
                pending.Add(value);
                continue;
            }

            Flush(pending, result);
            result.Add(token);
        }

        Flush(pending, result);
        return result;
    }

    private static void Flush(List<byte> pending, List<string> result)
    {
        if (pending.Count == 0)
        {
            return;
        }

        // Hugging Face replaces an invalid byte run with one U+FFFD per byte.
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            result.Add(utf8.GetString([.. pending]));
        }
        catch (DecoderFallbackException)
        {
            result.AddRange(Enumerable.Repeat("\uFFFD", pending.Count));
        }

        pending.Clear();
    }

    private static string Strip(string token, string content, int start, int stop)
    {
        var from = 0;
        for (var i = 0; i < start && token.AsSpan(from).StartsWith(content, StringComparison.Ordinal); i++)
        {
            from += content.Length;
        }

        var to = token.Length;
        for (var i = 0; i < stop && to - content.Length >= from && token.AsSpan(0, to).EndsWith(content, StringComparison.Ordinal); i++)
        {
            to -= content.Length;
        }

        return token[from..to];
    }
}
