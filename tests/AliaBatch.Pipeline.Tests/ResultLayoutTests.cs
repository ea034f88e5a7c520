using AliaBatch.Core.Languages;
using Xunit;

namespace AliaBatch.Pipeline.Tests;

public sealed class ResultLayoutTests
{
    [Fact]
    public void Paths_FollowTheDocumentedLayout()
    {
        Assert.Equal("j1/_job.json", ResultLayout.Manifest("j1"));
        Assert.Equal("j1/index.jsonl", ResultLayout.Index("j1"));
        Assert.Equal("j1/a/b.docx.json", ResultLayout.Result("j1", "a/b.docx"));
        Assert.Equal("j1/a/b.docx.ca-valencia.txt", ResultLayout.Translation("j1", "a/b.docx", LanguageTag.Valencian));
    }

    [Theory]
    [InlineData("SOL-1", "f.jsonl/SOL-1")]
    [InlineData("a/../b", "f.jsonl/a_.._b")]
    [InlineData("..", "f.jsonl/_")]
    public void RecordPath_MakesIdsPathSafe(string id, string expected) =>
        Assert.Equal(expected, ResultLayout.RecordPath("f.jsonl", id));

    [Theory]
    [InlineData("_job.json", true)]
    [InlineData("drop/_job.json", true)]
    [InlineData(".git/config", true)]
    [InlineData("docs/a.txt", false)]
    public void IsIgnoredSource_HiddenAndUnderscoreNames(string path, bool ignored) =>
        Assert.Equal(ignored, ResultLayout.IsIgnoredSource(path));
}
