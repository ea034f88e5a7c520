using AliaBatch.Evaluation.Metrics.Text;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Metrics.Text;

public sealed class PythonTextTests
{
    // Expected values printed by CPython 3.11: str.lower().
    [Theory]
    [InlineData("ΟΔΟΣ", "οδος")]
    [InlineData("ΣΑΣ.", "σας.")]
    [InlineData("Σ", "σ")]
    [InlineData("ΑΣ1", "ας1")]
    [InlineData("İstanbul", "i\u0307stanbul")]
    [InlineData("ÀÉÏÕÑÇ", "àéïõñç")]
    public void Lower_SpecialCasing_MatchesPython(string input, string expected)
    {
        Assert.Equal(expected, PythonText.Lower(input));
    }

    // CPython 3.11: 'A\x1cB\xa0C\u2003D'.split() == ['A', 'B', 'C', 'D'].
    [Fact]
    public void Split_PythonWhitespace_IncludesInformationSeparators()
    {
        Assert.Equal(["A", "B", "C", "D"], PythonText.Split("  A\u001cB\u00a0C\u2003D \n"));
    }

    [Fact]
    public void Split_OnlyWhitespace_IsEmpty()
    {
        Assert.Empty(PythonText.Split(" \t\n"));
    }

    [Fact]
    public void RemoveWhitespace_MixedSpaces_RemovesAll()
    {
        Assert.Equal("abc", PythonText.RemoveWhitespace(" a\tb\u00a0c\n"));
    }

    [Fact]
    public void RightStrip_TrailingWhitespace_Removed()
    {
        Assert.Equal("  a b", PythonText.RightStrip("  a b \r\n\t"));
    }

    [Fact]
    public void CodePointOffsets_SurrogatePair_CountsOneCodePoint()
    {
        Assert.Equal([0, 1, 3, 4], PythonText.CodePointOffsets("a😀b"));
    }
}
