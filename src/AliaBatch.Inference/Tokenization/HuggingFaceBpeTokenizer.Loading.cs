using System.Text.Json;
using AliaBatch.Inference.Tokenization.HuggingFace;

namespace AliaBatch.Inference.Tokenization;

public sealed partial class HuggingFaceBpeTokenizer
{
    private HuggingFaceBpeTokenizer(JsonElement root, JsonElement? config)
    {
        var model = root.GetProperty("model");
        var type = model.TryGetProperty("type", out var t) ? t.GetString() : "BPE";
        if (type != "BPE")
        {
            throw new NotSupportedException($"tokenizer.json model '{type}' is not supported; expected BPE.");
        }

        foreach (var unsupported in (string[])["continuing_subword_prefix", "end_of_word_suffix"])
        {
            if (model.TryGetProperty(unsupported, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0)
            {
                throw new NotSupportedException($"tokenizer.json BPE option '{unsupported}' is not supported.");
            }
        }

        _tokenToId = [];
        foreach (var entry in model.GetProperty("vocab").EnumerateObject())
        {
            _tokenToId[entry.Name] = entry.Value.GetInt32();
        }

        var vocab = new Dictionary<string, int>(_tokenToId);
        _model = new BpeModel(
            vocab,
            ReadMerges(model.GetProperty("merges")),
            OptionalString(model, "unk_token"),
            OptionalBool(model, "byte_fallback"),
            OptionalBool(model, "fuse_unk"),
            OptionalBool(model, "ignore_merges"));

        var added = new List<HfAddedToken>();
        if (root.TryGetProperty("added_tokens", out var addedTokens))
        {
            foreach (var a in addedTokens.EnumerateArray())
            {
                var token = new HfAddedToken(a.GetProperty("id").GetInt32(), a.GetProperty("content").GetString()!, OptionalBool(a, "special"), OptionalBool(a, "lstrip"), OptionalBool(a, "rstrip"));
                added.Add(token);
                _tokenToId[token.Content] = token.Id;
            }
        }

        _addedByFirstChar = added.Where(a => a.Content.Length > 0)
            .GroupBy(a => a.Content[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.Content.Length).ToArray());
        _specialIds = [.. added.Where(a => a.Special).Select(a => a.Id)];
        _idToToken = new string[_tokenToId.Values.Max() + 1];
        foreach (var (token, id) in _tokenToId)
        {
            _idToToken[id] = token;
        }

        _normalizer = HfNormalizer.Parse(Section(root, "normalizer"));
        _preTokenizer = HfPreTokenizer.Parse(Section(root, "pre_tokenizer"));
        _decoder = HfDecoder.Parse(Section(root, "decoder"));

        BosId = TokenToId(ConfigToken(config, "bos_token") ?? "<s>");
        EosId = TokenToId(ConfigToken(config, "eos_token") ?? "</s>");
        PadId = TokenToId(ConfigToken(config, "pad_token") ?? string.Empty)
            ?? TokenToId(OptionalString(model, "unk_token") ?? string.Empty) ?? EosId ?? 0;
        (_prefix, _suffix) = SpecialFraming(root, config);
    }

    /// <summary>Loads <c>tokenizer.json</c> and, when present next to it, <c>tokenizer_config.json</c>.</summary>
    /// <param name="directory">A Hugging Face model folder.</param>
    public static HuggingFaceBpeTokenizer FromDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var config = Path.Combine(directory, "tokenizer_config.json");
        return FromFiles(Path.Combine(directory, "tokenizer.json"), File.Exists(config) ? config : null);
    }

    /// <summary>Loads a <c>tokenizer.json</c>, with an optional <c>tokenizer_config.json</c> for BOS/EOS/pad settings.</summary>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    /// <exception cref="InvalidDataException">A file is not valid JSON; the message names it.</exception>
    /// <exception cref="NotSupportedException">The file uses a component this port does not implement.</exception>
    public static HuggingFaceBpeTokenizer FromFiles(string tokenizerJsonPath, string? tokenizerConfigPath = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenizerJsonPath);
        using var tokenizer = ReadJson(tokenizerJsonPath);
        using var config = tokenizerConfigPath is null ? null : ReadJson(tokenizerConfigPath);
        return new HuggingFaceBpeTokenizer(tokenizer.RootElement, config?.RootElement);
    }

    private static JsonDocument ReadJson(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Tokenizer file '{path}' does not exist.", path);
        }

        try
        {
            using var stream = File.OpenRead(path);
            return JsonDocument.Parse(stream);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Tokenizer file '{path}' is not valid JSON: {ex.Message}", ex);
        }
    }

    private static List<(string, string)> ReadMerges(JsonElement merges)
    {
        var list = new List<(string, string)>(merges.GetArrayLength());
        foreach (var merge in merges.EnumerateArray())
        {
            if (merge.ValueKind == JsonValueKind.Array)
            {
                list.Add((merge[0].GetString()!, merge[1].GetString()!));
                continue;
            }

            var text = merge.GetString()!;
            var space = text.IndexOf(' ', 1);
            if (space < 0)
            {
                throw new InvalidDataException($"BPE merge '{text}' has no separating space.");
            }

            list.Add((text[..space], text[(space + 1)..]));
        }

        return list;
    }

    private (int[] Prefix, int[] Suffix) SpecialFraming(JsonElement root, JsonElement? config)
    {
        if (config is { } c && (c.TryGetProperty("add_bos_token", out _) || c.TryGetProperty("add_eos_token", out _)))
        {
            int[] prefix = OptionalBool(c, "add_bos_token") && BosId is int bos ? [bos] : [];
            int[] suffix = OptionalBool(c, "add_eos_token") && EosId is int eos ? [eos] : [];
            return (prefix, suffix);
        }

        var processor = Section(root, "post_processor");
        if (processor.ValueKind != JsonValueKind.Object || processor.GetProperty("type").GetString() != "TemplateProcessing")
        {
            return ([], []);
        }

        var before = new List<int>();
        var after = new List<int>();
        var seenSequence = false;
        foreach (var item in processor.GetProperty("single").EnumerateArray())
        {
            if (item.TryGetProperty("Sequence", out _))
            {
                seenSequence = true;
            }
            else if (item.TryGetProperty("SpecialToken", out var special) && TokenToId(special.GetProperty("id").GetString()!) is int id)
            {
                (seenSequence ? after : before).Add(id);
            }
        }

        return ([.. before], [.. after]);
    }

    private static JsonElement Section(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value : default;

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool OptionalBool(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static string? ConfigToken(JsonElement? config, string name)
    {
        if (config is not { } c || !c.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object when value.TryGetProperty("content", out var content) => content.GetString(),
            _ => null,
        };
    }
}
