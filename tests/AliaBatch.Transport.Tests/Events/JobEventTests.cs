using AliaBatch.Core.Results;
using AliaBatch.Transport.Events;
using Xunit;

namespace AliaBatch.Transport.Tests.Events;

public sealed class JobEventTests
{
    [Theory]
    [InlineData(JobStatus.Succeeded, "job.completed", "succeeded")]
    [InlineData(JobStatus.CompletedWithErrors, "job.completedWithErrors", "completedWithErrors")]
    [InlineData(JobStatus.Failed, "job.failed", "failed")]
    [InlineData(JobStatus.Cancelled, "job.cancelled", "cancelled")]
    public void ForJob_FinalStatus_HasItsTypeStatusAndDeterministicId(JobStatus status, string type, string statusName)
    {
        var jobEvent = JobEvent.ForJob("job-1", "run-7", status, new JobCounts(3, 3, 0, 0), ["r/job-1/_job.json"], JobEvents.Time);

        Assert.Equal(type, jobEvent.Type);
        Assert.Equal(statusName, jobEvent.Status);
        Assert.Equal($"{type}:job-1:run-7", jobEvent.Id);
        Assert.Equal("jobs/job-1/runs/run-7", jobEvent.Subject);
    }

    [Theory]
    [InlineData(JobStatus.Pending)]
    [InlineData(JobStatus.Running)]
    public void ForJob_UnfinishedStatus_Throws(JobStatus status) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => JobEvent.ForJob("job-1", "run-7", status, new JobCounts(0, 0, 0, 0), [], JobEvents.Time));

    [Fact]
    public void ToJson_ThenParse_RoundTripsEveryField()
    {
        var sent = JobEvents.Completed() with
        {
            Regressions = [new RegressedMetric("udhr-translation", "tiny", "es→ca", "bleu", "baseline", "r1", 30, 20, 2)],
        };

        var json = sent.ToJson();
        var parsed = JobEvent.Parse(json);

        Assert.Equal(json, parsed.ToJson());
        Assert.Equal(sent.Counts, parsed.Counts);
        Assert.Equal(sent.ResultLocations, parsed.ResultLocations);
        Assert.Contains("\"type\":\"job.completedWithErrors\"", json, StringComparison.Ordinal);
        Assert.Contains("\"group\":\"es→ca\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"id\":\"x\"}")]
    [InlineData("null")]
    public void Parse_NotAnEvent_ThrowsFormatException(string json) =>
        Assert.Throws<FormatException>(() => JobEvent.Parse(json));
}
