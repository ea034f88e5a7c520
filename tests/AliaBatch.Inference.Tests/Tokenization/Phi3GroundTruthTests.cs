using System.Text.Json;
using AliaBatch.Inference.Tokenization;
using Xunit;

namespace AliaBatch.Inference.Tests.Tokenization;

/// <summary>
/// Every case of shared/external/phi3-tokenizer/expected.json (ids written by the onnxruntime-extensions authors
/// from Hugging Face), reproduced by <see cref="HuggingFaceBpeTokenizer"/> on the real 32k Llama vocabulary.
/// </summary>
public sealed class Phi3GroundTruthTests
{
    private static readonly Lazy<HuggingFaceBpeTokenizer> s_tokenizer = new(() =>
        HuggingFaceBpeTokenizer.FromDirectory(SharedExternal.Path("phi3-tokenizer")));

    public static TheoryData<int, string, bool, int[]> Cases()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(SharedExternal.Path("phi3-tokenizer/expected.json")));
        var data = new TheoryData<int, string, bool, int[]>();
        var index = 0;
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            data.Add(
                index++,
                c.GetProperty("text").GetString()!,
                c.GetProperty("add_special_tokens").GetBoolean(),
                [.. c.GetProperty("expected_ids").EnumerateArray().Select(e => e.GetInt32())]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Encode_ExpectedJsonCase_MatchesReferenceIds(int index, string text, bool addSpecialTokens, int[] expected)
    {
        var ids = s_tokenizer.Value.Encode(text, addSpecialTokens);

        Assert.True(expected.SequenceEqual(ids), $"case {index}: expected [{string.Join(',', expected)}] got [{string.Join(',', ids)}]");
    }

    [Fact]
    public void Cases_ExpectedJson_HasAllFiveCases()
    {
        Assert.Equal(5, Cases().Count);
    }

    [Theory]
    [InlineData("分析")]
    [InlineData(" こんにちは")]
    public void Decode_ReferenceIds_RestoresText(string text)
    {
        var tokenizer = s_tokenizer.Value;

        var decoded = tokenizer.Decode(tokenizer.Encode(text));

        Assert.Equal(text, decoded);
    }

    [Fact]
    public void SpecialIds_Phi3Config_FollowTokenizerConfig()
    {
        var tokenizer = s_tokenizer.Value;

        Assert.Equal(1, tokenizer.BosId);
        Assert.Equal(32000, tokenizer.EosId);
        Assert.Equal(32000, tokenizer.PadId);
        Assert.Equal(32011, tokenizer.VocabularySize);
    }
}
