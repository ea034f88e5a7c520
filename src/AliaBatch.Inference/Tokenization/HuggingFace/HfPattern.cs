using System.Text.Json;
using System.Text.RegularExpressions;

namespace AliaBatch.Inference.Tokenization.HuggingFace;

/// <summary>A <c>{"String": ...}</c> or <c>{"Regex": ...}</c> pattern of a Hugging Face <c>tokenizer.json</c>.</summary>
internal sealed class HfPattern
{
    private readonly string? _literal;
    private readonly Regex? _regex;

    private HfPattern(string? literal, Regex? regex)
    {
        _literal = literal;
        _regex = regex;
    }

    public static HfPattern Parse(JsonElement element)
    {
        if (element.TryGetProperty("String", out var literal))
        {
            return new HfPattern(literal.GetString() ?? string.Empty, null);
        }

        if (element.TryGetProperty("Regex", out var regex))
        {
            return new HfPattern(null, new Regex(regex.GetString() ?? string.Empty, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5)));
        }

        throw new NotSupportedException($"tokenizer.json pattern '{element.GetRawText()}' is not supported.");
    }

    public string Replace(string text, string content) =>
        _literal is not null ? text.Replace(_literal, content, StringComparison.Ordinal) : _regex!.Replace(text, content);
}
