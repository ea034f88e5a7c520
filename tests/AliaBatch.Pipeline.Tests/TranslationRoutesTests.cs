using AliaBatch.Core.Languages;
using AliaBatch.Pipeline.Tasks.Translation;
using Xunit;

namespace AliaBatch.Pipeline.Tests;

public sealed class TranslationRoutesTests
{
    private static readonly string[] s_directions = ["eu>es", "es>gl", "es>ca", "ca>es"];

    [Fact]
    public void Plan_NoDirectionsListed_ServesEveryDirection() =>
        Assert.Equal([(LanguageTag.Basque, LanguageTag.Galician)], TranslationRoutes.Plan([], LanguageTag.Basque, LanguageTag.Galician));

    [Fact]
    public void Plan_ListedDirection_IsOneLeg() =>
        Assert.Equal([(LanguageTag.Spanish, LanguageTag.Galician)], TranslationRoutes.Plan(s_directions, LanguageTag.Spanish, LanguageTag.Galician));

    [Fact]
    public void Plan_MissingDirectionWithBothLegs_GoesThroughSpanish() =>
        Assert.Equal([(LanguageTag.Basque, LanguageTag.Spanish), (LanguageTag.Spanish, LanguageTag.Galician)], TranslationRoutes.Plan(s_directions, LanguageTag.Basque, LanguageTag.Galician));

    [Fact]
    public void Plan_RegionalVariant_IsServedByItsLanguage() =>
        Assert.Equal(2, TranslationRoutes.Plan(s_directions, LanguageTag.Basque, LanguageTag.Valencian).Count);

    [Fact]
    public void Plan_MissingLeg_IsEmpty()
    {
        Assert.Empty(TranslationRoutes.Plan(s_directions, LanguageTag.Galician, LanguageTag.Basque));
        Assert.Empty(TranslationRoutes.Plan(s_directions, LanguageTag.Basque, LanguageTag.English));
    }

    [Theory]
    [InlineData("eu-es")]
    [InlineData("eu>")]
    [InlineData("eu>es>gl")]
    public void Parse_Malformed_ThrowsNamingTheKey(string direction)
    {
        var error = Assert.Throws<FormatException>(() => TranslationRoutes.Parse(direction));

        Assert.Contains("AliaBatch:Models:TranslationDirections", error.Message, StringComparison.Ordinal);
    }
}
