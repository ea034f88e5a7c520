using AliaBatch.Core.Storage;
using Xunit;

namespace AliaBatch.Core.Tests;

public sealed class ObjectPathTests
{
    [Theory]
    [InlineData("a/b.txt", "a/b.txt")]
    [InlineData(@"a\b.txt", "a/b.txt")]
    public void Normalize_Valid_UsesForwardSlashes(string path, string expected) =>
        Assert.Equal(expected, ObjectPath.Normalize(path));

    [Theory]
    [InlineData("/a.txt")]
    [InlineData("a/../b")]
    [InlineData("a/./b")]
    [InlineData("a//b")]
    [InlineData("dir/")]
    [InlineData(" ")]
    public void Normalize_Invalid_Throws(string path) =>
        Assert.Throws<ArgumentException>(() => ObjectPath.Normalize(path));

    [Fact]
    public void Combine_SkipsEmptySegmentsAndSlashes() =>
        Assert.Equal("job/a/b.json", ObjectPath.Combine("job/", "", "/a/b.json"));

    [Fact]
    public void NormalizePrefix_RejectsTraversal() =>
        Assert.Throws<ArgumentException>(() => ObjectPath.NormalizePrefix("../x"));
}
