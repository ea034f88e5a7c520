using System.Globalization;
using System.Text.Json;

namespace AliaBatch.Inference.Tests.Tokenization;

/// <summary>
/// Writes a small tokenizer.json shaped like Salamandra's (ids 0-5 special incl. ChatML markers, 256 byte tokens,
/// NFC + SentencePiece prepend/replace normaliser, individual digits, byte fallback), since the real 256k one cannot be downloaded.
/// </summary>
internal static class TinySalamandraTokenizer
{
    private static readonly string[] s_specials = ["<unk>", "<s>", "</s>", "<pad>", "<|im_start|>", "<|im_end|>"];
    private static readonly string[] s_chars = ["▁", "H", "o", "l", "a", "m", "u", "n", "d", "c", "f", "é", "s", "r", "e", "t", "\n", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    private static readonly (string, string)[] s_merges =
    [
        ("▁", "H"), ("▁H", "o"), ("▁Ho", "l"), ("▁Hol", "a"),
        ("▁", "m"), ("▁m", "u"), ("▁mu", "n"), ("▁mun", "d"), ("▁mund", "o"),
        ("▁", "c"), ("▁c", "a"), ("▁ca", "f"), ("▁caf", "é"),
        ("u", "s"), ("e", "r"), ("1", "2"),
    ];

    public static IReadOnlyList<(string Left, string Right)> Merges => s_merges;

    public static Dictionary<string, int> Vocabulary()
    {
        var vocab = new Dictionary<string, int>();
        foreach (var token in s_specials)
        {
            vocab[token] = vocab.Count;
        }

        for (var b = 0; b < 256; b++)
        {
            vocab[string.Create(CultureInfo.InvariantCulture, $"<0x{b:X2}>")] = vocab.Count;
        }

        foreach (var c in s_chars)
        {
            vocab[c] = vocab.Count;
        }

        foreach (var (left, right) in s_merges)
        {
            vocab.TryAdd(left + right, vocab.Count);
        }

        return vocab;
    }

    public static string Write(TempDirectory directory, bool splitDigits = true, bool metaspaceFirst = false)
    {
        var vocab = Vocabulary();

        var json = new Dictionary<string, object?>
        {
            ["version"] = "1.0",
            ["added_tokens"] = s_specials.Select((t, i) => new Dictionary<string, object> { ["id"] = i, ["content"] = t, ["special"] = true, ["lstrip"] = false, ["rstrip"] = false, ["normalized"] = false, ["single_word"] = false }).ToArray(),
            ["normalizer"] = metaspaceFirst ? null : new { type = "Sequence", normalizers = new object[] { new { type = "NFC" }, new { type = "Prepend", prepend = "▁" }, new Dictionary<string, object> { ["type"] = "Replace", ["pattern"] = new Dictionary<string, string> { ["String"] = " " }, ["content"] = "▁" } } },
            ["pre_tokenizer"] = metaspaceFirst
                ? new Dictionary<string, object> { ["type"] = "Metaspace", ["replacement"] = "▁", ["prepend_scheme"] = "first", ["split"] = false }
                : splitDigits ? new Dictionary<string, object> { ["type"] = "Digits", ["individual_digits"] = true } : null,
            ["post_processor"] = null,
            ["decoder"] = metaspaceFirst ? new Dictionary<string, object> { ["type"] = "Metaspace", ["replacement"] = "▁", ["prepend_scheme"] = "first", ["split"] = false } : new { type = "Sequence", decoders = new object[] { new Dictionary<string, object> { ["type"] = "Replace", ["pattern"] = new Dictionary<string, string> { ["String"] = "▁" }, ["content"] = " " }, new { type = "ByteFallback" }, new { type = "Fuse" }, new { type = "Strip", content = " ", start = 1, stop = 0 } } },
            ["model"] = new Dictionary<string, object?> { ["type"] = "BPE", ["unk_token"] = "<unk>", ["fuse_unk"] = true, ["byte_fallback"] = true, ["vocab"] = vocab, ["merges"] = s_merges.Select(m => $"{m.Item1} {m.Item2}").ToArray() },
        };
        File.WriteAllText(Path.Combine(directory.Path, "tokenizer.json"), JsonSerializer.Serialize(json));
        File.WriteAllText(
            Path.Combine(directory.Path, "tokenizer_config.json"),
            """{"add_bos_token": true, "add_eos_token": false, "bos_token": "<s>", "eos_token": "</s>", "pad_token": "<unk>"}""");
        return directory.Path;
    }
}
