using AliaBatch.Inference.Tokenization;
using Xunit;

namespace AliaBatch.Inference.Tests.Tokenization;

public sealed class SentencePieceModelTokenizerTests : IDisposable
{
    private static readonly Dictionary<string, int> s_chatMarkers = new() { ["<|im_start|>"] = 4, ["<|im_end|>"] = 5 };
    private readonly TempDirectory _temp = new();
    private readonly SentencePieceModelTokenizer _tokenizer;
    private readonly HuggingFaceBpeTokenizer _reference;

    public SentencePieceModelTokenizerTests()
    {
        _tokenizer = SentencePieceModelTokenizer.FromFile(TinySentencePieceModel.Write(_temp), specialTokens: s_chatMarkers, padId: 0);
        _reference = HuggingFaceBpeTokenizer.FromDirectory(TinySalamandraTokenizer.Write(_temp, splitDigits: false));
    }

    [Theory]
    [InlineData("Hola mundo")]
    [InlineData("café 😀 ñ")]
    [InlineData("<|im_start|>Hola mundo<|im_end|>")]
    [InlineData("  Hola")]
    public void Encode_SameVocabularyAsTokenizerJson_MatchesTheHuggingFacePort(string text)
    {
        var ids = _tokenizer.Encode(text);

        Assert.Equal(_reference.Encode(text), ids);
    }

    [Fact]
    public void Decode_EncodedText_RoundTrips()
    {
        const string Text = "Hola mundo café 😀";

        Assert.Equal(Text, _tokenizer.Decode(_tokenizer.Encode(Text)));
    }

    [Fact]
    public void SpecialIds_SalamandraLayout_BosEosPad()
    {
        Assert.Equal(1, _tokenizer.BosId);
        Assert.Equal(2, _tokenizer.EosId);
        Assert.Equal(0, _tokenizer.PadId);
        Assert.Equal(3, _tokenizer.CountTokens("Hola mundo"));
    }

    [Fact]
    public void FromFile_NotAProtobuf_ThrowsNamingTheFile()
    {
        var path = _temp.Write("broken.model", [0xFF, 0xFF, 0xFF, 0x01, 0x02]);

        var ex = Assert.Throws<InvalidDataException>(() => SentencePieceModelTokenizer.FromFile(path));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
