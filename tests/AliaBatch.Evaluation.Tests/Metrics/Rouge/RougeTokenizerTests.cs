using AliaBatch.Evaluation.Metrics.Rouge;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Metrics.Rouge;

public sealed class RougeTokenizerTests
{
    // google-research/google-research rouge/tokenize_test.py: test_give_me_a_name.
    [Theory]
    [InlineData("one Two three")]
    [InlineData("one\n Two \nthree")]
    public void Tokenize_Default_LowercasesAndSplits(string text)
    {
        Assert.Equal(["one", "two", "three"], RougeTokenizer.Tokenize(text));
    }

    // rouge-score's default tokenizer keeps only [a-z0-9]: accented letters split words apart.
    [Fact]
    public void Tokenize_DefaultOnSpanish_DropsNonAsciiLetters()
    {
        Assert.Equal(["la", "acci", "n", "r", "pida", "del", "a", "o", "2024"], RougeTokenizer.Tokenize("La acción rápida del año 2024."));
    }

    [Fact]
    public void Tokenize_Unicode_KeepsAccentsAndCatalanMiddleDot()
    {
        var tokens = RougeTokenizer.Tokenize("La acción RÁPIDA; col·lecció d'Euskadi, 2024!", RougeTokenization.Unicode);

        Assert.Equal(["la", "acción", "rápida", "col·lecció", "d", "euskadi", "2024"], tokens);
    }

    [Fact]
    public void Tokenize_Unicode_NormalizesDecomposedAccents()
    {
        var composed = RougeTokenizer.Tokenize("canción", RougeTokenization.Unicode);
        var decomposed = RougeTokenizer.Tokenize("cancio\u0301n", RougeTokenization.Unicode);

        Assert.Equal(composed, decomposed);
    }

    [Fact]
    public void Tokenize_WithStemmer_StemsOnlyTokensLongerThanThree()
    {
        Assert.Equal(["the", "cat", "run", "fast", "dog"], RougeTokenizer.Tokenize("The cats running fast dogs", stem: true));
    }
}
