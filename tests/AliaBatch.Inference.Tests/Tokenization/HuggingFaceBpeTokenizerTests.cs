using AliaBatch.Inference.Tokenization;
using AliaBatch.ModelBuilder.Tokenizers;
using Xunit;

namespace AliaBatch.Inference.Tests.Tokenization;

public sealed partial class HuggingFaceBpeTokenizerTests : IDisposable
{
    private const int ImStart = 4;
    private const int ImEnd = 5;
    private readonly TempDirectory _temp = new();
    private readonly HuggingFaceBpeTokenizer _tokenizer;

    public HuggingFaceBpeTokenizerTests()
    {
        _tokenizer = HuggingFaceBpeTokenizer.FromDirectory(TinySalamandraTokenizer.Write(_temp));
    }

    private int Id(string token) => _tokenizer.TokenToId(token) ?? throw new KeyNotFoundException(token);

    [Fact]
    public void Encode_ChatMarkers_AreSingleSpecialIds()
    {
        var ids = _tokenizer.Encode("<|im_start|>Hola mundo<|im_end|>");

        Assert.Equal([1, ImStart, Id("▁Hola"), Id("▁mundo"), ImEnd], ids);
    }

    [Fact]
    public void Encode_EmojiOutsideVocabulary_FallsBackToUtf8ByteTokens()
    {
        var ids = _tokenizer.Encode("😀", addSpecialTokens: false);

        Assert.Equal([Id("▁"), Id("<0xF0>"), Id("<0x9F>"), Id("<0x98>"), Id("<0x80>")], ids);
    }

    [Fact]
    public void Encode_DigitsWithAMerge_AreSplitIndividually()
    {
        using var unsplitDir = new TempDirectory();
        var unsplit = HuggingFaceBpeTokenizer.FromDirectory(TinySalamandraTokenizer.Write(unsplitDir, splitDigits: false));

        var ids = _tokenizer.Encode("12", addSpecialTokens: false);

        Assert.Equal([Id("▁"), Id("1"), Id("2")], ids);
        Assert.Equal([Id("▁"), Id("12")], unsplit.Encode("12", addSpecialTokens: false));
    }

    [Fact]
    public void Encode_DecomposedAccent_EncodesLikeComposed()
    {
        var composed = _tokenizer.Encode("caf\u00E9");
        var decomposed = _tokenizer.Encode("cafe\u0301");

        Assert.Equal(composed, decomposed);
        Assert.Equal([1, Id("▁café")], composed);
    }

    [Theory]
    [InlineData("Hola mundo")]
    [InlineData("café 2024 😀 ñ\nHola")]
    [InlineData("  two leading spaces")]
    public void Decode_EncodedText_RoundTrips(string text)
    {
        var decoded = _tokenizer.Decode(_tokenizer.Encode(text));

        Assert.Equal(text, decoded);
    }

    [Fact]
    public void Decode_KeepingSpecialTokens_WritesMarkers()
    {
        var ids = _tokenizer.Encode("<|im_start|>Hola<|im_end|>", addSpecialTokens: false);

        Assert.Equal("<|im_start|> Hola<|im_end|>", _tokenizer.Decode(ids, skipSpecialTokens: false));
        Assert.Equal("Hola", _tokenizer.Decode(ids));
    }

    [Fact]
    public void Encode_MaxLength_KeepsBosAndDropsTheTail()
    {
        var ids = _tokenizer.Encode("Hola mundo café", maxLength: 3);

        Assert.Equal([1, Id("▁Hola"), Id("▁mundo")], ids);
        Assert.Equal(4, _tokenizer.CountTokens("Hola mundo café"));
    }

    [Fact]
    public void SpecialIds_TokenizerConfig_PadIsUnk()
    {
        Assert.Equal(1, _tokenizer.BosId);
        Assert.Equal(2, _tokenizer.EosId);
        Assert.Equal(0, _tokenizer.PadId);
    }

    [Theory]
    [InlineData("El gat dorm al sofà mentre plou.")]
    [InlineData("¿Dónde está la estación de tren? 😀")]
    public void FromDirectory_ModelBuilderTokenizer_RoundTripsAndFramesChatML(string text)
    {
        using var folder = new TempDirectory();
        File.WriteAllText(Path.Combine(folder.Path, "tokenizer.json"), LlamaTokenizerFiles.TokenizerJson(512).ToJsonString());
        File.WriteAllText(Path.Combine(folder.Path, "tokenizer_config.json"), LlamaTokenizerFiles.TokenizerConfig(128).ToJsonString());
        var generated = HuggingFaceBpeTokenizer.FromDirectory(folder.Path);

        var ids = generated.Encode($"<|im_start|>user\n{text}<|im_end|>");

        Assert.Equal([1, ImStart], ids.Take(2));
        Assert.Equal(ImEnd, ids[^1]);
        Assert.Equal(text, generated.Decode(generated.Encode(text)));
        Assert.Equal(0, generated.PadId);
    }

    [Theory]
    [InlineData("Hola mundo", new[] { "▁Hola", "▁mundo" })]
    [InlineData("<|im_start|>Hola mundo", new[] { "<|im_start|>", "H", "o", "l", "a", "▁mundo" })]
    [InlineData("Hola<|im_end|> mundo", new[] { "▁Hola", "<|im_end|>", "▁mundo" })]
    public void Encode_MetaspacePrependFirst_PrependsOnlyAtTheStartOfTheText(string text, string[] expected)
    {
        using var folder = new TempDirectory();
        var metaspace = HuggingFaceBpeTokenizer.FromDirectory(TinySalamandraTokenizer.Write(folder, splitDigits: false, metaspaceFirst: true));

        var ids = metaspace.Encode(text, addSpecialTokens: false);

        Assert.Equal(expected.Select(t => metaspace.TokenToId(t)!.Value), ids);
        Assert.Equal(text.Replace("<|im_start|>", string.Empty, StringComparison.Ordinal).Replace("<|im_end|>", string.Empty, StringComparison.Ordinal), metaspace.Decode(ids));
    }

    [Fact]
    public void FromFiles_MissingFile_ThrowsNamingIt()
    {
        var path = Path.Combine(_temp.Path, "absent", "tokenizer.json");

        var ex = Assert.Throws<FileNotFoundException>(() => HuggingFaceBpeTokenizer.FromFiles(path));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
