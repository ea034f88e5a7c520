using System.Text.Json;
using AliaBatch.Inference.Tokenization;
using Xunit;

namespace AliaBatch.Inference.Tests.Tokenization;

/// <summary>
/// Every case of shared/external/phi3-tokenizer/expected.json (ids written by the onnxruntime-extensions authors
/// from Hugging Face), reproduced by <see cref="HuggingFaceBpeTokenizer"/> on the real 32k Llama vocabulary.
/// </summary>
public sealed partial class HuggingFaceBpeTokenizerTests
{
    private static readonly Lazy<HuggingFaceBpeTokenizer> s_phi3 = new(() =>
        HuggingFaceBpeTokenizer.FromDirectory(SharedExternal.Path("phi3-tokenizer")));

    public static TheoryData<int, string, bool, int[]> Phi3Cases()
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
    [MemberData(nameof(Phi3Cases))]
    public void Encode_Phi3ExpectedJsonCase_MatchesReferenceIds(int index, string text, bool addSpecialTokens, int[] expected)
    {
        var ids = s_phi3.Value.Encode(text, addSpecialTokens);

        Assert.True(expected.SequenceEqual(ids), $"case {index}: expected [{string.Join(',', expected)}] got [{string.Join(',', ids)}]");
    }

    [Fact]
    public void Phi3Cases_ExpectedJson_HasAllFiveCases()
    {
        Assert.Equal(5, Phi3Cases().Count);
    }

    [Theory]
    [InlineData("分析")]
    [InlineData(" こんにちは")]
    public void Decode_Phi3ReferenceIds_RestoresText(string text)
    {
        var phi3 = s_phi3.Value;

        var decoded = phi3.Decode(phi3.Encode(text));

        Assert.Equal(text, decoded);
    }

    [Fact]
    public void SpecialIds_Phi3Config_FollowTokenizerConfig()
    {
        var phi3 = s_phi3.Value;

        Assert.Equal(1, phi3.BosId);
        Assert.Equal(32000, phi3.EosId);
        Assert.Equal(32000, phi3.PadId);
        Assert.Equal(32011, phi3.VocabularySize);
    }
}
