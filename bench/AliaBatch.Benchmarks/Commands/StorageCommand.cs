using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using AliaBatch.Benchmarks.Measurement;
using AliaBatch.Benchmarks.Storage;

namespace AliaBatch.Benchmarks.Commands;

/// <summary>
/// <c>aliabatch-bench storage</c>: our blob layer vs plain SDK calls, each process against its own private Azurite;
/// writes <c>storage.json</c>. Identical paths drift apart by a few percent from one process to the next on a shared
/// machine, so the measurement repeats in fresh child processes and the report takes the median over them.
/// </summary>
internal sealed class StorageCommand : Command
{
    private readonly Option<DirectoryInfo> _results = BenchmarkOptions.Results();
    private readonly Option<int> _runs = BenchmarkOptions.Runs(3);
    private readonly Option<int> _processes = new("--processes")
    {
        Description = "Fresh processes (each with its own Azurite) the measurement is repeated in.",
        DefaultValueFactory = _ => 3,
    };

    private readonly Option<DirectoryInfo> _repository = new("--repository")
    {
        Description = "Repository root, whose node_modules holds Azurite.",
        DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
    };

    // One process's measurement, printed as JSON on stdout: how the parent runs each child.
    private readonly Option<bool> _child = new("--child") { Hidden = true };

    public StorageCommand()
        : base("storage", "Blob layer overhead: BlobObjectStore vs plain BlobClient calls against Azurite.")
    {
        Options.Add(_results);
        Options.Add(_runs);
        Options.Add(_processes);
        Options.Add(_repository);
        Options.Add(_child);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var runs = parse.GetValue(_runs);
        var repository = parse.GetValue(_repository)!.FullName;
        if (!File.Exists(AzuriteProcess.BlobExecutable(repository)))
        {
            await Console.Error.WriteLineAsync($"Azurite is not installed at {AzuriteProcess.BlobExecutable(repository)}; run 'npm ci' in {repository}.");
            return ExitCodes.MissingPrerequisite;
        }

        if (parse.GetValue(_child))
        {
            Console.WriteLine(JsonSerializer.Serialize(await MeasureAsync(runs, repository, cancellationToken)));
            return ExitCodes.Success;
        }

        var processes = new List<StorageProcessResults>();
        for (var process = 1; process <= parse.GetValue(_processes); process++)
        {
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"storage process {process}/{parse.GetValue(_processes)}"));
            processes.Add(await BenchmarkChild.RunAsync<StorageProcessResults>(
                ["storage", "--child", "--runs", runs.ToString(CultureInfo.InvariantCulture), "--repository", repository],
                new Dictionary<string, string>(),
                $"storage process {process}",
                cancellationToken));
        }

        ResultFiles.Write(Path.Combine(parse.GetValue(_results)!.FullName, "storage.json"), new StorageResults(runs, StorageBenchmark.SdkVersion, processes));
        return ExitCodes.Success;
    }

    private static async Task<StorageProcessResults> MeasureAsync(int runs, string repository, CancellationToken cancellationToken)
    {
        StorageWorkload[] workloads = [new(200, 16 * 1024), new(50, 4 * 1024 * 1024)];
        await using var azurite = await AzuriteProcess.StartAsync(repository, cancellationToken);
        return await new StorageBenchmark(runs, workloads, Console.Error).RunAsync(azurite.ConnectionString, cancellationToken);
    }
}
