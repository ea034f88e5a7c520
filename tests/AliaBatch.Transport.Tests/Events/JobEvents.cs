using AliaBatch.Core.Results;
using AliaBatch.Transport.Events;

namespace AliaBatch.Transport.Tests.Events;

/// <summary>Sample events.</summary>
internal static class JobEvents
{
    public static readonly DateTimeOffset Time = new(2026, 3, 1, 3, 0, 0, TimeSpan.Zero);

    public static JobEvent Completed(string jobId = "job-1") => JobEvent.ForJob(
        jobId, "run-7", JobStatus.CompletedWithErrors, new JobCounts(10, 9, 1, 0), ["results/job-1/_job.json", "results/job-1/index.jsonl"], Time);
}
