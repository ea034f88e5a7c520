using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AliaBatch.Inference.Packs;

internal sealed partial class ExportFolder
{
    public string? ModelType => String(Config, "model_type");

    /// <summary>Labels in logit order from <c>id2label</c>; <c>LABEL_i</c> names when absent, as transformers does.</summary>
    public IReadOnlyList<string> Labels(int? logitsWidth)
    {
        if (Config["id2label"] is not JsonObject id2Label || id2Label.Count == 0)
        {
            return logitsWidth is { } width
                ? [.. Enumerable.Range(0, width).Select(i => $"LABEL_{i}")]
                : throw new ModelPackException($"config.json in {Path} has no id2label and the graph's logits width is dynamic: the labels are unknown.", FullPath("config.json"));
        }

        var labels = new SortedDictionary<int, string>();
        foreach (var (key, value) in id2Label)
        {
            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || value?.GetValueKind() != JsonValueKind.String)
            {
                throw new ModelPackException($"config.json in {Path}: field 'id2label' has an entry '{key}' that is not an integer id with a string label.", FullPath("config.json"));
            }

            labels[id] = value.GetValue<string>();
        }

        if (labels.Keys.First() != 0 || labels.Keys.Last() != labels.Count - 1 || (logitsWidth is { } w && w != labels.Count))
        {
            throw new ModelPackException(
                $"config.json in {Path}: field 'id2label' has ids {string.Join(", ", labels.Keys)}, but the graph's logits have {logitsWidth?.ToString(CultureInfo.InvariantCulture) ?? "a dynamic number of"} columns.",
                FullPath("config.json"));
        }

        return [.. labels.Values];
    }

    /// <summary>The longest accepted sequence; RoBERTa-style position tables hold padding_idx + 1 extra rows.</summary>
    public int? ContextLength()
    {
        var positions = Int(Config, "max_position_embeddings") ?? Int(Config, "n_positions") ?? Int(Config, "max_sequence_length");
        if (positions is { } p && ModelType is "roberta" or "xlm-roberta" or "camembert")
        {
            positions = p - ((Int(Config, "pad_token_id") ?? 1) + 1);
        }

        var tokenizerMax = TokenizerConfig is null ? null : Int(TokenizerConfig, "model_max_length");
        return tokenizerMax is { } t and < 1_000_000 && (positions is null || t < positions) ? t : positions;
    }

    public ModelPackGeneration Generation()
    {
        var generation = GenerationConfig ?? [];
        return new ModelPackGeneration
        {
            MaxNewTokens = Int(generation, "max_new_tokens"),
            NumBeams = Int(generation, "num_beams"),
            EosTokenIds = Ids(generation, "eos_token_id") ?? Ids(Config, "eos_token_id"),
            BosTokenId = Int(generation, "bos_token_id") ?? Int(Config, "bos_token_id"),
            PadTokenId = Int(generation, "pad_token_id") ?? Int(Config, "pad_token_id"),
            RepetitionPenalty = Double(generation, "repetition_penalty"),
            Temperature = Double(generation, "temperature"),
            DoSample = generation["do_sample"]?.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? generation["do_sample"]!.GetValue<bool>() : null,
        };
    }

    /// <summary>Whether <c>tokenizer_config.json</c> carries a ChatML chat template (the instruct models).</summary>
    public bool HasChatMlTemplate => TokenizerConfig?["chat_template"] switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>().Contains("<|im_start|>", StringComparison.Ordinal),
        JsonArray named => named.OfType<JsonObject>().Any(t => String(t, "template")?.Contains("<|im_start|>", StringComparison.Ordinal) == true),
        _ => false,
    };

    private static string? String(JsonObject json, string key) =>
        json[key]?.GetValueKind() == JsonValueKind.String ? json[key]!.GetValue<string>() : null;

    private static int? Int(JsonObject json, string key) =>
        json[key] is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var result) ? result : null;

    private static double? Double(JsonObject json, string key) =>
        json[key] is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value.GetValue<double>() : null;

    // eos_token_id is an int or a list of ints (Salamandra instruct: [2, 5]).
    private static IReadOnlyList<int>? Ids(JsonObject json, string key) => json[key] switch
    {
        JsonArray array when array.Count > 0 => [.. array.Select(n => n!.GetValue<int>()).Distinct()],
        JsonValue when Int(json, key) is { } id => [id],
        _ => null,
    };
}
