using AliaBatch.Transport;

namespace AliaBatch.Transport.Tests;

internal static class Messages
{
    public static InferenceBatchMessage Batch(int number = 1, int attempt = 1, string jobId = "job-0123456789abcdef") => new(
        jobId,
        "run-1",
        $"b{number:D6}",
        attempt,
        new DateTimeOffset(2030, 5, 6, 7, 8, 9, TimeSpan.Zero),
        $"{jobId}/_batches/run-1/b{number:D6}.plan.json",
        "results");
}
