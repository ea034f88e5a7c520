using AliaBatch.ModelBuilder.Tokenizers;
using Microsoft.ML.Tokenizers;
using Xunit;

namespace AliaBatch.ModelBuilder.Tests.Tokenizers;

public sealed class WordPieceVocabularyTests
{
    [Fact]
    public void Build_Size_StartsWithSpecialsAndHasExactSize()
    {
        var tokens = WordPieceVocabulary.Build(1000);

        Assert.Equal(1000, tokens.Count);
        Assert.Equal(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"], tokens.Take(5));
        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("llibertat", tokens);
        Assert.Contains("##ción", tokens);
    }

    [Fact]
    public void Write_BertTokenizer_EncodesSpanishCatalanEnglishWithKnownPieces()
    {
        using var temp = new TempFolder();
        var path = temp.Sub("vocab.txt");
        WordPieceVocabulary.Write(path, 1000);
        var tokens = WordPieceVocabulary.Build(1000);
        var tokenizer = BertTokenizer.Create(path, new BertOptions { LowerCaseBeforeTokenization = true });

        var ids = tokenizer.EncodeToIds("Hola, món! Gracias por la traducción of human rights.");

        Assert.Equal(2, ids[0]);
        Assert.Equal(3, ids[^1]);
        Assert.DoesNotContain(1, ids);
        Assert.Equal(["[CLS]", "hola", ",", "món", "!", "gracias", "por", "la", "traducción", "of", "human", "rights", ".", "[SEP]"], ids.Select(i => tokens[i]));
    }
}
