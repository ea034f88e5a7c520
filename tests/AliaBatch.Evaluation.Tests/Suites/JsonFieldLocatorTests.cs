using AliaBatch.Evaluation.Suites;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Suites;

public sealed class JsonFieldLocatorTests
{
    private const string Json = "{\n  \"id\": \"x\",\n  \"metrics\": [\n    { \"name\": \"bleu\" },\n    {\n      \"name\": \"chrf\"\n    }\n  ],\n  \"data\": {}\n}";

    [Theory]
    [InlineData("id", 2)]
    [InlineData("metrics", 3)]
    [InlineData("metrics[0].name", 4)]
    [InlineData("metrics[1]", 5)]
    [InlineData("metrics[1].name", 6)]
    [InlineData("data.licence", 9)]
    public void LineOf_Field_GivesItsLineOrItsParentsLine(string path, int expected)
    {
        Assert.Equal(expected, JsonFieldLocator.LineOf(Json, path));
    }

    [Fact]
    public void LineOf_AbsentTopLevelField_IsNull()
    {
        Assert.Null(JsonFieldLocator.LineOf(Json, "pairs"));
    }
}
