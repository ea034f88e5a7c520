using AliaBatch.Evaluation.Metrics.Bleu;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Metrics.Bleu;

public sealed class BleuTokenizersTests
{
    // Expected outputs follow the mteval-v13a rules as sacreBLEU implements them
    // (mjpost/sacrebleu sacrebleu/tokenizers/tokenizer_13a.py and tokenizer_re.py).
    [Theory]
    [InlineData("Hello, world!", "Hello , world !")]
    [InlineData("It costs 1,000.50 dollars.", "It costs 1,000.50 dollars .")]
    [InlineData("pages 10-20", "pages 10 - 20")]
    [InlineData("well-known", "well-known")]
    [InlineData("don't", "don't")]
    [InlineData("a&amp;b &lt;tag&gt; &quot;q&quot;", "a & b < tag > \" q \"")]
    [InlineData("line-\nbreak<skipped> end", "linebreak end")]
    [InlineData("(x) [y] {z} a/b", "( x ) [ y ] { z } a / b")]
    public void Tokenize13a_AsciiPunctuation_SplitLikeMteval(string input, string expected)
    {
        Assert.Equal(expected, BleuTokenizers.Tokenize13a(input));
    }

    // 13a deliberately leaves Unicode punctuation attached: «», “”, ¿ and ¡ are not in its ASCII ranges.
    [Theory]
    [InlineData("¿Qué tal?", "¿Qué tal ?")]
    [InlineData("«Hola» dijo", "«Hola» dijo")]
    [InlineData("“Bon dia”, va dir", "“Bon dia” , va dir")]
    [InlineData("¡Kaixo!", "¡Kaixo !")]
    public void Tokenize13a_UnicodePunctuation_StaysAttached(string input, string expected)
    {
        Assert.Equal(expected, BleuTokenizers.Tokenize13a(input));
    }

    [Fact]
    public void Tokenize_Character_SeparatesCodePoints()
    {
        Assert.Equal("a b   😀 c", BleuTokenizers.Tokenize(BleuTokenizer.Character, "ab 😀c"));
    }

    [Theory]
    [InlineData("13a", BleuTokenizer.ThirteenA)]
    [InlineData("none", BleuTokenizer.None)]
    [InlineData("char", BleuTokenizer.Character)]
    public void Parse_KnownName_RoundTrips(string name, BleuTokenizer expected)
    {
        Assert.Equal(expected, BleuTokenizers.Parse(name));
        Assert.Equal(name, BleuTokenizers.SignatureName(expected));
    }

    [Fact]
    public void Parse_UnknownName_Throws()
    {
        Assert.Throws<ArgumentException>(() => BleuTokenizers.Parse("intl"));
    }
}
