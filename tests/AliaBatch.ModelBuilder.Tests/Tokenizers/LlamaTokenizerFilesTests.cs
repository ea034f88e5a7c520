using System.Text;
using System.Text.Json.Nodes;
using AliaBatch.ModelBuilder.Tokenizers;
using Xunit;

namespace AliaBatch.ModelBuilder.Tests.Tokenizers;

public sealed class LlamaTokenizerFilesTests
{
    [Fact]
    public void TokenizerJson_Vocab_HasSpecialsBytesAndLearnedMerges()
    {
        var json = LlamaTokenizerFiles.TokenizerJson(512);

        var model = json["model"]!.AsObject();
        var vocab = model["vocab"]!.AsObject();
        var merges = model["merges"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        Assert.Equal("BPE", model["type"]!.GetValue<string>());
        Assert.True(model["byte_fallback"]!.GetValue<bool>());
        Assert.Equal([0, 1, 2, 3, 4, 5], LlamaTokenizerFiles.SpecialTokens.Select(t => vocab[t]!.GetValue<int>()));
        Assert.Equal(6, vocab["<0x00>"]!.GetValue<int>());
        Assert.Equal(261, vocab["<0xFF>"]!.GetValue<int>());
        Assert.Equal(512, vocab.Count);
        Assert.InRange(merges.Count, 150, 250);
        Assert.All(merges, m => Assert.True(vocab.ContainsKey(m.Replace(" ", string.Empty, StringComparison.Ordinal))));
        Assert.Equal(Enumerable.Range(0, vocab.Count), vocab.Select(p => p.Value!.GetValue<int>()).Order());
    }

    [Theory]
    [InlineData("Tots els éssers humans neixen lliures")]
    [InlineData("Machine translation helps people")]
    [InlineData("Precio: 25 €, ¡gracias!")]
    public void TokenizerJson_EncodeDecode_RoundTripsWithByteFallback(string text)
    {
        var json = LlamaTokenizerFiles.TokenizerJson(512);
        var vocab = json["model"]!["vocab"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<int>(), StringComparer.Ordinal);
        var merges = json["model"]!["merges"]!.AsArray().Select((m, rank) => (Pair: m!.GetValue<string>(), rank)).ToDictionary(x => x.Pair, x => x.rank, StringComparer.Ordinal);

        var ids = Encode(text, vocab, merges);

        Assert.DoesNotContain(0, ids);
        Assert.True(ids.Count < Encoding.UTF8.GetByteCount(text));
        Assert.Equal(text, Decode(ids, vocab));
    }

    [Fact]
    public void TokenizerConfig_ChatMl_AddsBosNotEos()
    {
        var config = LlamaTokenizerFiles.TokenizerConfig(128);

        Assert.True(config["add_bos_token"]!.GetValue<bool>());
        Assert.False(config["add_eos_token"]!.GetValue<bool>());
        Assert.Contains("<|im_start|>", config["chat_template"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("<|im_end|>", config["added_tokens_decoder"]!["5"]!["content"]!.GetValue<string>());
    }

    // A minimal Hugging Face BPE model (normalizer Prepend ▁ + Replace " " → ▁, lowest-rank merge first, byte fallback).
    private static List<int> Encode(string text, Dictionary<string, int> vocab, Dictionary<string, int> merges)
    {
        var parts = ("\u2581" + text.Replace(' ', '\u2581')).EnumerateRunes().Select(r => r.ToString()).ToList();
        while (true)
        {
            var best = Enumerable.Range(0, parts.Count - 1)
                .Select(i => (Index: i, Rank: merges.GetValueOrDefault(parts[i] + " " + parts[i + 1], int.MaxValue)))
                .DefaultIfEmpty((Index: -1, Rank: int.MaxValue))
                .MinBy(x => x.Rank);
            if (best.Rank == int.MaxValue)
            {
                break;
            }

            parts[best.Index] += parts[best.Index + 1];
            parts.RemoveAt(best.Index + 1);
        }

        return parts.SelectMany(p => vocab.TryGetValue(p, out var id)
            ? [id]
            : Encoding.UTF8.GetBytes(p).Select(b => vocab[$"<0x{b:X2}>"])).ToList();
    }

    private static string Decode(List<int> ids, Dictionary<string, int> vocab)
    {
        var tokens = vocab.ToDictionary(p => p.Value, p => p.Key);
        var bytes = new List<byte>();
        foreach (var id in ids)
        {
            var token = tokens[id];
            if (token.StartsWith("<0x", StringComparison.Ordinal))
            {
                bytes.Add(Convert.ToByte(token[3..5], 16));
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(token.Replace('\u2581', ' ')));
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray())[1..];
    }
}
