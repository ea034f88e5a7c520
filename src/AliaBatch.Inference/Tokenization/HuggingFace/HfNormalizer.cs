using System.Text;
using System.Text.Json;

namespace AliaBatch.Inference.Tokenization.HuggingFace;

/// <summary>The <c>normalizer</c> section of a Hugging Face <c>tokenizer.json</c>, applied to each text segment.</summary>
internal sealed class HfNormalizer
{
    private readonly List<Func<string, string>> _steps = [];

    private HfNormalizer()
    {
    }

    public static HfNormalizer Parse(JsonElement element)
    {
        var normalizer = new HfNormalizer();
        if (element.ValueKind != JsonValueKind.Null)
        {
            normalizer.Add(element);
        }

        return normalizer;
    }

    public string Apply(string text)
    {
        foreach (var step in _steps)
        {
            text = step(text);
        }

        return text;
    }

    private void Add(JsonElement element)
    {
        var type = element.GetProperty("type").GetString();
        switch (type)
        {
            case "Sequence":
                foreach (var child in element.GetProperty("normalizers").EnumerateArray())
                {
                    Add(child);
                }

                break;
            case "Prepend":
                var prefix = element.GetProperty("prepend").GetString() ?? string.Empty;
                _steps.Add(t => t.Length == 0 ? t : prefix + t);
                break;
            case "Replace":
                var replace = HfPattern.Parse(element.GetProperty("pattern"));
                var content = element.GetProperty("content").GetString() ?? string.Empty;
                _steps.Add(t => replace.Replace(t, content));
                break;
            case "NFC":
                _steps.Add(t => t.Normalize(NormalizationForm.FormC));
                break;
            case "NFD":
                _steps.Add(t => t.Normalize(NormalizationForm.FormD));
                break;
            case "NFKC":
                _steps.Add(t => t.Normalize(NormalizationForm.FormKC));
                break;
            case "NFKD":
                _steps.Add(t => t.Normalize(NormalizationForm.FormKD));
                break;
            case "Lowercase":
                _steps.Add(t => t.ToLowerInvariant());
                break;
            default:
                throw new NotSupportedException($"tokenizer.json normalizer '{type}' is not supported.");
        }
    }
}
