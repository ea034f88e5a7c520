using AliaBatch.Orchestration.Intake;
using Xunit;

namespace AliaBatch.Orchestration.Tests.Intake;

public sealed class SourceGrantTests
{
    [Theory]
    [InlineData("incoming/", "incoming", "")]
    [InlineData("incoming", "incoming", "")]
    [InlineData("incoming/agency1/", "incoming", "agency1")]
    [InlineData("incoming/agency1/inbox", "incoming", "agency1/inbox")]
    public void TryParse_WellFormed_GivesContainerAndPrefix(string entry, string container, string prefix)
    {
        Assert.True(SourceGrant.TryParse(entry, out var grant));
        Assert.Equal(new SourceGrant(container, prefix), grant);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Incoming/")]
    [InlineData("in/agency")]
    [InlineData("incoming/../results")]
    [InlineData("incoming/a//b")]
    public void TryParse_Malformed_ReturnsFalse(string entry)
    {
        Assert.False(SourceGrant.TryParse(entry, out _));
    }

    [Theory]
    [InlineData("incoming", "agency1", true)]
    [InlineData("incoming", "agency1/", true)]
    [InlineData("incoming", "agency1/drop7", true)]
    [InlineData("incoming", "agency10", false)]
    [InlineData("incoming", null, false)]
    [InlineData("results", "agency1", false)]
    public void Covers_PrefixOnSegmentBoundary(string container, string? prefix, bool expected)
    {
        var grant = new SourceGrant("incoming", "agency1");

        Assert.Equal(expected, grant.Covers(container, prefix));
    }

    [Fact]
    public void Covers_WholeContainerGrant_CoversAnyPrefix()
    {
        Assert.True(new SourceGrant("incoming", string.Empty).Covers("incoming", "x/y"));
    }
}
