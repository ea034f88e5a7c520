using System.Text.Json;
using AliaBatch.Core.Languages;
using AliaBatch.Core.Serialization;
using Xunit;

namespace AliaBatch.Core.Tests;

public sealed class LanguageTagTests
{
    [Theory]
    [InlineData("es", "es", "es")]
    [InlineData("CA-Valencia", "ca-valencia", "ca")]
    [InlineData("oc_aranes", "oc-aranes", "oc")]
    [InlineData("eus", "eus", "eus")]
    public void Parse_WellFormed_IsCanonicalLowerCase(string text, string expected, string language)
    {
        var tag = LanguageTag.Parse(text);

        Assert.Equal(expected, tag.Value);
        Assert.Equal(language, tag.Language.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("spanish-language-x")]
    [InlineData("ca valencia")]
    [InlineData("12")]
    public void Parse_Malformed_ThrowsNamingTheText(string text)
    {
        var exception = Assert.Throws<FormatException>(() => LanguageTag.Parse(text));

        Assert.Contains($"'{text}'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsWithin_VariantOfLanguage_IsTrueButNotTheOtherWay()
    {
        Assert.True(LanguageTag.Valencian.IsWithin(LanguageTag.Catalan));
        Assert.False(LanguageTag.Catalan.IsWithin(LanguageTag.Valencian));
        Assert.False(LanguageTag.Parse("cat").IsWithin(LanguageTag.Catalan));
    }

    [Fact]
    public void Json_RoundTripsAsString()
    {
        var json = JsonSerializer.Serialize(new[] { LanguageTag.Aranese, LanguageTag.Galician }, AliaBatchJson.Compact);

        Assert.Equal("[\"oc-aranes\",\"gl\"]", json);
        Assert.Equal([LanguageTag.Aranese, LanguageTag.Galician], JsonSerializer.Deserialize<LanguageTag[]>(json, AliaBatchJson.Compact)!);
    }

    [Fact]
    public void Default_IsUndetermined() => Assert.True(default(LanguageTag).IsUndetermined);
}
