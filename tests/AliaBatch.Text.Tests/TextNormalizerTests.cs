using Xunit;

namespace AliaBatch.Text.Tests;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Normalize_DecomposedAccents_ComposesToNfc()
    {
        var decomposed = "Informacio\u0301 i participacio\u0301";

        var normalized = TextNormalizer.Normalize(decomposed);

        Assert.Equal("Informació i participació", normalized);
    }

    [Fact]
    public void Normalize_CrLfAndCr_BecomeLf()
    {
        Assert.Equal("a\nb\nc\n\nd", TextNormalizer.Normalize("a\r\nb\rc\r\n\r\nd"));
    }

    [Fact]
    public void Normalize_RunsOfSpacesAndTabs_CollapseButNewlinesStay()
    {
        Assert.Equal("uno dos\ttres cuatro\n\ncinco", TextNormalizer.Normalize("uno  \u00A0 dos\t\ttres \t cuatro\n\ncinco"));
    }

    [Fact]
    public void Normalize_LinesWithOuterWhitespace_AreTrimmed()
    {
        Assert.Equal("Kaixo\nmundua", TextNormalizer.Normalize("  \tKaixo   \n   mundua\t "));
    }

    [Fact]
    public void Normalize_ZeroWidthAndControlCharacters_AreRemoved()
    {
        var dirty = "\uFEFFcol\u00ADlabo\u200Bració\u0007 amb\u200D tots\u0000";

        Assert.Equal("collaboració amb tots", TextNormalizer.Normalize(dirty));
    }

    [Fact]
    public void Normalize_CatalanMiddleDot_IsKept()
    {
        Assert.Equal("col·lecció il·lustrada", TextNormalizer.Normalize("col·lecció  il·lustrada"));
    }

    [Fact]
    public void Normalize_EmptyText_ReturnsEmpty()
    {
        Assert.Equal(string.Empty, TextNormalizer.Normalize(string.Empty));
    }

    [Fact]
    public void Normalize_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => TextNormalizer.Normalize(null!));
    }
}
