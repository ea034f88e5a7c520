using Microsoft.Extensions.Options;
using Xunit;

namespace AliaBatch.Pipeline.Tests;

public sealed class ModelsOptionsTests
{
    [Theory]
    [InlineData("AliaBatch:Models:TranslationDirections:0", "eu-es", "TranslationDirections entry 'eu-es'")]
    [InlineData("AliaBatch:Models:BatchWindow", "00:00:05", "AliaBatch:Models:BatchWindow")]
    [InlineData("AliaBatch:Models:BatchMaxTokens", "0", "AliaBatch:Models:BatchMaxTokens")]
    public void Start_InvalidGenerationSetting_FailsNamingTheKey(string key, string value, string expected)
    {
        var error = Assert.Throws<OptionsValidationException>(() => PipelineHost.Create(new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
