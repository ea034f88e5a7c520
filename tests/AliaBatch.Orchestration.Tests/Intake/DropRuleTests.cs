using AliaBatch.Orchestration.Intake;
using Xunit;

namespace AliaBatch.Orchestration.Tests.Intake;

public sealed class DropRuleTests
{
    [Fact]
    public void Classify_JobFileInDropFolder_IsFolderDropOfThatFolder()
    {
        var shape = DropRule.Classify("agency1/drop7/_job.json");

        Assert.Equal(DropKind.Folder, shape.Kind);
        Assert.Equal("agency1", shape.Agency);
        Assert.Equal("agency1/drop7", shape.Folder);
        Assert.Equal("agency1/drop7", shape.DropId);
    }

    [Fact]
    public void Classify_FileUnderAgency_IsSingleFileDrop()
    {
        var shape = DropRule.Classify("agency1/report.docx");

        Assert.Equal(DropKind.SingleFile, shape.Kind);
        Assert.Equal("agency1", shape.Folder);
        Assert.Equal("report.docx", shape.Document);
        Assert.Equal("agency1/report.docx", shape.DropId);
    }

    [Fact]
    public void Classify_FileAtContainerRoot_IsSingleFileDropWithoutAgency()
    {
        var shape = DropRule.Classify("memo.txt");

        Assert.Equal(DropKind.SingleFile, shape.Kind);
        Assert.Null(shape.Agency);
        Assert.Null(shape.Folder);
        Assert.Equal("memo.txt", shape.Document);
    }

    [Theory]
    [InlineData("agency1/drop7/a.txt", "_job.json")]
    [InlineData("agency1/drop7/sub/a.txt", "_job.json")]
    [InlineData("agency1/_defaults.json", "not documents")]
    [InlineData("agency1/.hidden.txt", "not documents")]
    [InlineData("_job.json", "{agency}/{drop}/_job.json")]
    [InlineData("agency1/_job.json", "{agency}/{drop}/_job.json")]
    [InlineData("agency1/drop7/sub/_job.json", "{agency}/{drop}/_job.json")]
    [InlineData("agency1/_staging/_job.json", "hidden")]
    [InlineData(".tmp/a.txt", "hidden")]
    [InlineData("agency1//a.txt", "empty")]
    public void Classify_NotADrop_SaysWhy(string path, string reasonPart)
    {
        var shape = DropRule.Classify(path);

        Assert.Equal(DropKind.NotADrop, shape.Kind);
        Assert.Contains(reasonPart, shape.Reason, StringComparison.Ordinal);
    }
}
