using System.Globalization;
using System.Text.Json.Nodes;

namespace AliaBatch.ModelBuilder.Tokenizers;

/// <summary>
/// A tiny Llama / Salamandra-style SentencePiece-BPE tokenizer in Hugging Face format: <c>&lt;unk&gt;</c>=0,
/// <c>&lt;s&gt;</c>=1, <c>&lt;/s&gt;</c>=2, <c>&lt;pad&gt;</c>=3, <c>&lt;|im_start|&gt;</c>=4, <c>&lt;|im_end|&gt;</c>=5,
/// the 256 byte tokens <c>&lt;0x00&gt;</c>..<c>&lt;0xFF&gt;</c> (ids 6..261), then the characters and merges learned
/// from a few es/ca/en sentences.
/// </summary>
public static class LlamaTokenizerFiles
{
    /// <summary>The special tokens in id order.</summary>
    public static IReadOnlyList<string> SpecialTokens { get; } = ["<unk>", "<s>", "</s>", "<pad>", "<|im_start|>", "<|im_end|>"];

    /// <summary>The ChatML chat template written to <c>tokenizer_config.json</c>.</summary>
    public const string ChatTemplate =
        "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}{% endfor %}"
        + "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

    /// <summary>Builds the <c>tokenizer.json</c> document for a vocabulary of at most <paramref name="vocabSize"/> tokens.</summary>
    public static JsonObject TokenizerJson(int vocabSize)
    {
        var vocab = new JsonObject();
        var id = 0;
        foreach (var special in SpecialTokens)
        {
            vocab[special] = id++;
        }

        for (var b = 0; b < 256; b++)
        {
            vocab[string.Create(CultureInfo.InvariantCulture, $"<0x{b:X2}>")] = id++;
        }

        var (alphabet, merges) = BpeTrainer.Train(SampleCorpus.Lines, Math.Max(0, vocabSize - id));
        foreach (var symbol in alphabet.Concat(merges.Select(m => m.Left + m.Right)))
        {
            if (!vocab.ContainsKey(symbol))
            {
                vocab[symbol] = id++;
            }
        }

        var marker = BpeTrainer.SpaceMarker.ToString();
        return new JsonObject
        {
            ["version"] = "1.0",
            ["truncation"] = null,
            ["padding"] = null,
            ["added_tokens"] = new JsonArray(SpecialTokens.Select((t, i) => (JsonNode)AddedToken(t, i)).ToArray()),
            ["normalizer"] = Sequence("normalizers",
                new JsonObject { ["type"] = "Prepend", ["prepend"] = marker },
                new JsonObject { ["type"] = "Replace", ["pattern"] = new JsonObject { ["String"] = " " }, ["content"] = marker }),
            ["pre_tokenizer"] = null,
            ["post_processor"] = PostProcessor(),
            ["decoder"] = Sequence("decoders",
                new JsonObject { ["type"] = "Replace", ["pattern"] = new JsonObject { ["String"] = marker }, ["content"] = " " },
                new JsonObject { ["type"] = "ByteFallback" },
                new JsonObject { ["type"] = "Fuse" },
                new JsonObject { ["type"] = "Strip", ["content"] = " ", ["start"] = 1, ["stop"] = 0 }),
            ["model"] = new JsonObject
            {
                ["type"] = "BPE",
                ["dropout"] = null,
                ["unk_token"] = "<unk>",
                ["continuing_subword_prefix"] = null,
                ["end_of_word_suffix"] = null,
                ["fuse_unk"] = true,
                ["byte_fallback"] = true,
                ["ignore_merges"] = false,
                ["vocab"] = vocab,
                ["merges"] = new JsonArray(merges.Select(m => (JsonNode)(m.Left + " " + m.Right)).ToArray()),
            },
        };
    }

    /// <summary>Builds <c>tokenizer_config.json</c>: BOS added, EOS not, ChatML template, pad = <c>&lt;unk&gt;</c> as the instruct models set it.</summary>
    public static JsonObject TokenizerConfig(int maxLength)
    {
        var decoder = new JsonObject();
        for (var i = 0; i < SpecialTokens.Count; i++)
        {
            var token = AddedToken(SpecialTokens[i], i);
            token.Remove("id");
            decoder[i.ToString(CultureInfo.InvariantCulture)] = token;
        }

        return new JsonObject
        {
            ["tokenizer_class"] = "LlamaTokenizer",
            ["add_bos_token"] = true,
            ["add_eos_token"] = false,
            ["bos_token"] = "<s>",
            ["eos_token"] = "</s>",
            ["unk_token"] = "<unk>",
            ["pad_token"] = "<unk>",
            ["legacy"] = true,
            ["clean_up_tokenization_spaces"] = false,
            ["model_max_length"] = maxLength,
            ["added_tokens_decoder"] = decoder,
            ["chat_template"] = ChatTemplate,
        };
    }

    private static JsonObject AddedToken(string content, int id) => new()
    {
        ["id"] = id,
        ["content"] = content,
        ["single_word"] = false,
        ["lstrip"] = false,
        ["rstrip"] = false,
        ["normalized"] = false,
        ["special"] = true,
    };

    private static JsonObject Sequence(string key, params JsonNode[] items) =>
        new() { ["type"] = "Sequence", [key] = new JsonArray(items) };

    private static JsonObject PostProcessor()
    {
        static JsonObject Special() => new() { ["SpecialToken"] = new JsonObject { ["id"] = "<s>", ["type_id"] = 0 } };
        static JsonObject Text(string id, int typeId) => new() { ["Sequence"] = new JsonObject { ["id"] = id, ["type_id"] = typeId } };
        return new JsonObject
        {
            ["type"] = "TemplateProcessing",
            ["single"] = new JsonArray(Special(), Text("A", 0)),
            ["pair"] = new JsonArray(Special(), Text("A", 0), Special(), Text("B", 1)),
            ["special_tokens"] = new JsonObject
            {
                ["<s>"] = new JsonObject { ["id"] = "<s>", ["ids"] = new JsonArray(1), ["tokens"] = new JsonArray("<s>") },
            },
        };
    }
}
