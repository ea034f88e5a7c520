using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using AliaBatch.Benchmarks.Measurement;
using AliaBatch.Benchmarks.Orchestration;

namespace AliaBatch.Benchmarks.Commands;

/// <summary>
/// <c>aliabatch-bench orchestration</c>: the embedded host end to end vs a direct loop over the same activities, at each
/// document count; every run is a fresh child process so its peak memory is its own. Writes <c>orchestration.json</c>.
/// </summary>
internal sealed class OrchestrationCommand : Command
{
    private readonly Option<DirectoryInfo> _results = BenchmarkOptions.Results();
    private readonly Option<int> _runs = BenchmarkOptions.Runs(1);
    private readonly Option<int[]> _documents = new("--documents")
    {
        Description = "Document counts to measure.",
        DefaultValueFactory = _ => [1_000, 10_000],
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<int> _parallel = new("--parallel")
    {
        Description = "Batches processed at once by both methods (AliaBatch:Pipeline:MaxParallelDocuments).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    private readonly Option<DirectoryInfo> _workDirectory = new("--work-dir")
    {
        Description = "Folder for each run's documents and results (default /dev/shm where present, else the temporary folder).",
        DefaultValueFactory = _ => new DirectoryInfo(OrchestrationBenchmark.DefaultWorkDirectory),
    };

    // One measurement in this process, printed as JSON on stdout: how the parent runs each child.
    private readonly Option<string?> _child = new("--child") { Hidden = true };

    public OrchestrationCommand()
        : base("orchestration", "Embedded host vs a direct loop over the same activities, documents/s and peak memory.")
    {
        Options.Add(_results);
        Options.Add(_runs);
        Options.Add(_documents);
        Options.Add(_parallel);
        Options.Add(_workDirectory);
        Options.Add(_child);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var workDirectory = parse.GetValue(_workDirectory)!.FullName;
        if (parse.GetValue(_child) is { } childMethod)
        {
            var measurement = await OrchestrationBenchmark.RunAsync(childMethod, parse.GetValue(_documents)![0], workDirectory, cancellationToken);
            Console.WriteLine(JsonSerializer.Serialize(measurement));
            return ExitCodes.Success;
        }

        var runs = parse.GetValue(_runs);
        var parallel = parse.GetValue(_parallel);
        var measurements = new List<OrchestrationMeasurement>();
        foreach (var documents in parse.GetValue(_documents)!)
        {
            for (var run = 0; run < runs; run++)
            {
                // The methods take turns so background load hits them alike.
                foreach (var method in OrchestrationMethods.All)
                {
                    var measurement = await RunChildAsync(method, documents, parallel, workDirectory, cancellationToken);
                    await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"orchestration {method} {documents} docs: {measurement.Seconds:F2} s, {measurement.DocumentsPerSecond:F0} docs/s, peak {measurement.PeakWorkingSetBytes / (1024.0 * 1024):F0} MiB"));
                    measurements.Add(measurement);
                }
            }
        }

        ResultFiles.Write(Path.Combine(parse.GetValue(_results)!.FullName, "orchestration.json"), new OrchestrationResults(runs, parallel, measurements, workDirectory));
        return ExitCodes.Success;
    }

    private static Task<OrchestrationMeasurement> RunChildAsync(string method, int documents, int parallel, string workDirectory, CancellationToken cancellationToken) =>
        BenchmarkChild.RunAsync<OrchestrationMeasurement>(
            ["orchestration", "--child", method, "--documents", documents.ToString(CultureInfo.InvariantCulture), "--work-dir", workDirectory],
            new Dictionary<string, string>
            {
                ["AliaBatch__Pipeline__MaxParallelDocuments"] = parallel.ToString(CultureInfo.InvariantCulture),

                // Both methods run with the runtime settings of aliabatch (src/AliaBatch.Cli: TieredPGO off), whose job this is.
                ["DOTNET_TieredPGO"] = "0",
            },
            $"{method} run of {documents} documents",
            cancellationToken);
}
