using AliaBatch.Evaluation.Metrics.Ter;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Metrics.Ter;

public sealed class TerTokenizerTests
{
    // mjpost/sacrebleu test/test_tokenizer_ter.py: test_cases_default.
    [Theory]
    [InlineData("a b c d", "a b c d")]
    [InlineData("", "")]
    [InlineData("a b c d.", "a b c d.")]
    [InlineData("A B C D.", "a b c d.")]
    public void Tokenize_Default_LowercasesOnly(string input, string expected)
    {
        Assert.Equal(expected, TerTokenizer.Tokenize(input, new TerOptions()));
    }

    // mjpost/sacrebleu test/test_tokenizer_ter.py: test_cases_no_punct.
    [Theory]
    [InlineData("a b c d.", "a b c d")]
    [InlineData("A ; B ) C : D.", "a b c d")]
    public void Tokenize_NoPunctuation_RemovesMarks(string input, string expected)
    {
        Assert.Equal(expected, TerTokenizer.Tokenize(input, new TerOptions { NoPunctuation = true }));
    }

    // mjpost/sacrebleu test/test_tokenizer_ter.py: test_cases_norm.
    [Theory]
    [InlineData("a b (c) d.", "a b ( c ) d .")]
    [InlineData("Jim's car.", "jim 's car .")]
    [InlineData("4.2", "4.2")]
    public void Tokenize_Normalized_SplitsLikeTercom(string input, string expected)
    {
        Assert.Equal(expected, TerTokenizer.Tokenize(input, new TerOptions { Normalized = true }));
    }

    [Fact]
    public void Tokenize_CaseSensitive_KeepsCase()
    {
        Assert.Equal("Bon Dia", TerTokenizer.Tokenize("Bon  Dia", new TerOptions { CaseSensitive = true }));
    }
}
