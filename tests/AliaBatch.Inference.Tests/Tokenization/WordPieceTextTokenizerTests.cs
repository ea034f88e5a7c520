using AliaBatch.Inference.Tokenization;
using Xunit;

namespace AliaBatch.Inference.Tests.Tokenization;

public sealed class WordPieceTextTokenizerTests(MiniLmFixture miniLm)
{
    private WordPieceTextTokenizer Tokenizer => WordPieceTextTokenizer.FromFile(miniLm.Files.VocabularyPath);

    [Fact]
    public void Encode_UncasedVocabulary_MatchesBertBaseUncasedIds()
    {
        var ids = Tokenizer.Encode("Hello, WORLD!");

        Assert.Equal([101, 7592, 1010, 2088, 999, 102], ids);
    }

    [Fact]
    public void Encode_AccentedWords_StripsAccentsLikeHuggingFaceUncased()
    {
        var accented = Tokenizer.Encode("Información pública, col·legi, Galicia", addSpecialTokens: false);
        var plain = Tokenizer.Encode("Informacion publica, col·legi, Galicia", addSpecialTokens: false);

        Assert.Equal(plain, accented);
        Assert.DoesNotContain(100, accented);
    }

    [Fact]
    public void Encode_UnknownWord_SplitsIntoWordPieces()
    {
        var tokenizer = Tokenizer;

        var ids = tokenizer.Encode("tokenization", addSpecialTokens: false);

        Assert.True(ids.Count > 1);
        Assert.Equal("tokenization", tokenizer.Decode(ids));
    }

    [Fact]
    public void Encode_MaxLength_KeepsClsAndSep()
    {
        var tokenizer = Tokenizer;

        var ids = tokenizer.Encode("one two three four five", maxLength: 4);

        Assert.Equal(4, ids.Count);
        Assert.Equal(tokenizer.BosId, ids[0]);
        Assert.Equal(tokenizer.EosId, ids[^1]);
    }

    [Fact]
    public void SpecialIds_BertVocabulary_ClsSepPad()
    {
        var tokenizer = Tokenizer;

        Assert.Equal(101, tokenizer.BosId);
        Assert.Equal(102, tokenizer.EosId);
        Assert.Equal(0, tokenizer.PadId);
        Assert.Equal("hello world", tokenizer.Decode(tokenizer.Encode("Hello world")));
    }
}
