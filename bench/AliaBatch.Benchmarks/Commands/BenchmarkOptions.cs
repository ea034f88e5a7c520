using System.CommandLine;

namespace AliaBatch.Benchmarks.Commands;

/// <summary>Options shared by every benchmark command.</summary>
internal static class BenchmarkOptions
{
    public static Option<DirectoryInfo> Results() => new("--results")
    {
        Description = "Folder for the JSON result files the report is built from.",
        DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("artifacts", "bench")),
    };

    public static Option<int> Runs(int defaultRuns) => new("--runs")
    {
        Description = "Measured runs per method (after one warm-up); figures are medians.",
        DefaultValueFactory = _ => defaultRuns,
    };
}
