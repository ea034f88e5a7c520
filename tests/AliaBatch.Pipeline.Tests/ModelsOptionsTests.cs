using Microsoft.Extensions.Options;
using Xunit;

namespace AliaBatch.Pipeline.Tests;

public sealed class ModelsOptionsTests
{
    [Theory]
    [InlineData("AliaBatch:Models:TranslationDirections:0", "eu-es", "TranslationDirections entry 'eu-es'")]
    [InlineData("AliaBatch:Models:BatchWindow", "00:00:05", "AliaBatch:Models:BatchWindow")]
    [InlineData("AliaBatch:Models:BatchMaxTokens", "0", "AliaBatch:Models:BatchMaxTokens")]
    [InlineData("AliaBatch:Models:WarmUpBuckets", "1x64,0x8", "WarmUpBuckets entry '0x8'")]
    [InlineData("AliaBatch:Models:WarmUpBuckets", "8y64", "WarmUpBuckets entry '8y64'")]
    public void Start_InvalidGenerationSetting_FailsNamingTheKey(string key, string value, string expected)
    {
        var error = Assert.Throws<OptionsValidationException>(() => PipelineHost.Create(new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseWarmUpBuckets_PairsWithSpaces_ParsesEach() =>
        Assert.Equal([(1, 64), (8, 128)], new Generation.ModelsOptions { WarmUpBuckets = " 1x64 , 8 x 128" }.ParseWarmUpBuckets());

    [Fact]
    public void ParseWarmUpBuckets_Empty_IsNone() =>
        Assert.Empty(new Generation.ModelsOptions { WarmUpBuckets = "" }.ParseWarmUpBuckets());
}
