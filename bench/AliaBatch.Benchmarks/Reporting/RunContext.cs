namespace AliaBatch.Benchmarks.Reporting;

/// <summary>How the run went: the code it measured, the commands bench/run.sh executed, the load around it and its duration.</summary>
internal sealed record RunContext(string Source, IReadOnlyList<string> Commands, string UptimeStart, string UptimeEnd, double? WallSeconds, DateTimeOffset GeneratedAt)
{
    /// <summary>
    /// Reads <c>source.txt</c> (<c>git describe --always --dirty</c>), <c>commands.txt</c>, <c>uptime-start.txt</c> and
    /// <c>uptime-end.txt</c> that bench/run.sh leaves in the results folder; the run is dated when its measurements
    /// ended (<c>uptime-end.txt</c> written), so a report rendered again from the same results carries the same date.
    /// </summary>
    public static RunContext Read(string resultsFolder, double? wallSeconds)
    {
        var end = Path.Combine(resultsFolder, "uptime-end.txt");
        return new(
            ReadText(Path.Combine(resultsFolder, "source.txt")),
            ReadLines(Path.Combine(resultsFolder, "commands.txt")),
            ReadText(Path.Combine(resultsFolder, "uptime-start.txt")),
            ReadText(end),
            wallSeconds,
            File.Exists(end) ? new DateTimeOffset(File.GetLastWriteTimeUtc(end), TimeSpan.Zero) : DateTimeOffset.UtcNow);
    }

    private static string[] ReadLines(string path) => File.Exists(path) ? File.ReadAllLines(path).Where(l => l.Length > 0).ToArray() : [];

    private static string ReadText(string path) => File.Exists(path) ? File.ReadAllText(path).Trim() : "not recorded";
}
