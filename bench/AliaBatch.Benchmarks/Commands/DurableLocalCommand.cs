using System.CommandLine;
using System.Globalization;
using AliaBatch.Benchmarks.DurableLocal;
using AliaBatch.Benchmarks.Measurement;
using AliaBatch.Benchmarks.Storage;
using AliaBatch.Storage;

namespace AliaBatch.Benchmarks.Commands;

/// <summary>
/// <c>aliabatch-bench durable-local</c>: documents/s of the durable local host (<c>aliabatch serve</c>'s Azure Storage
/// backend) on a private Azurite, beside the embedded host on the same containers; writes <c>durable-local.json</c>.
/// </summary>
internal sealed class DurableLocalCommand : Command
{
    private readonly Option<DirectoryInfo> _results = BenchmarkOptions.Results();
    private readonly Option<int> _runs = BenchmarkOptions.Runs(3);
    private readonly Option<int> _documents = new("--documents")
    {
        Description = "Documents in the job.",
        DefaultValueFactory = _ => 1_000,
    };

    private readonly Option<DirectoryInfo> _repository = new("--repository")
    {
        Description = "Repository root, whose node_modules holds Azurite.",
        DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
    };

    public DurableLocalCommand()
        : base("durable-local", "Durable local host (Azure Storage backend on Azurite) in documents/s, beside the embedded host.")
    {
        Options.Add(_results);
        Options.Add(_runs);
        Options.Add(_documents);
        Options.Add(_repository);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var documents = parse.GetValue(_documents);
        var runs = parse.GetValue(_runs);
        await using var azurite = await AzuriteProcess.StartAllServicesAsync(parse.GetValue(_repository)!.FullName, cancellationToken);
        var storage = new StorageOptions { ConnectionString = azurite.ConnectionString };
        await DurableLocalBenchmark.WriteDocumentsAsync(storage, "bench-source", documents, cancellationToken);
        var measurements = new List<DurableLocalMeasurement>();
        // One warm-up run of each host, then the hosts take turns so background load hits them alike.
        for (var run = -1; run < runs; run++)
        {
            foreach (var method in DurableLocalMethods.All)
            {
                var measurement = await DurableLocalBenchmark.RunAsync(method, storage, "bench-source", documents, run + 1, cancellationToken);
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"durable-local {method} {documents} docs{(run < 0 ? " (warm-up)" : "")}: {measurement.Seconds:F2} s, {measurement.DocumentsPerSecond:F0} docs/s"));
                if (run >= 0)
                {
                    measurements.Add(measurement);
                }
            }
        }

        var parallel = measurements.Select(m => m.ParallelDocuments).Distinct().Single();
        ResultFiles.Write(Path.Combine(parse.GetValue(_results)!.FullName, "durable-local.json"), new DurableLocalResults(runs, parallel, measurements));
        return ExitCodes.Success;
    }
}
