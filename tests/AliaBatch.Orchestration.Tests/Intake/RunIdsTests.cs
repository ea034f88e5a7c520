using AliaBatch.Orchestration.Intake;
using Xunit;

namespace AliaBatch.Orchestration.Tests.Intake;

public sealed class RunIdsTests
{
    [Fact]
    public void FromTrigger_SameIdentityTwice_GivesTheSameRunId()
    {
        var first = RunIds.FromTrigger("drop", "incoming/agency1/drop7/_job.json@0x8DC1");
        var second = RunIds.FromTrigger("drop", "incoming/agency1/drop7/_job.json@0x8DC1");

        Assert.Equal(first, second);
        Assert.Matches("^drop-[0-9a-f]{16}$", first);
    }

    [Fact]
    public void FromTrigger_OtherEtag_GivesAnotherRunId()
    {
        Assert.NotEqual(RunIds.FromTrigger("drop", "a@1"), RunIds.FromTrigger("drop", "a@2"));
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("slash/inside")]
    [InlineData("colon:inside")]
    public void Validate_UnsafeCharacters_Throws(string runId)
    {
        var exception = Assert.Throws<ArgumentException>(() => RunIds.Validate(runId));

        Assert.Contains(runId, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TooLong_Throws()
    {
        Assert.Throws<ArgumentException>(() => RunIds.Validate(new string('a', 65)));
    }
}
