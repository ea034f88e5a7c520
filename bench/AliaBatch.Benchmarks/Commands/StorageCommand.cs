using System.CommandLine;
using AliaBatch.Benchmarks.Measurement;
using AliaBatch.Benchmarks.Storage;

namespace AliaBatch.Benchmarks.Commands;

/// <summary><c>aliabatch-bench storage</c>: our blob layer vs plain SDK calls on a private Azurite; writes <c>storage.json</c>.</summary>
internal sealed class StorageCommand : Command
{
    private readonly Option<DirectoryInfo> _results = BenchmarkOptions.Results();
    private readonly Option<int> _runs = BenchmarkOptions.Runs(5);
    private readonly Option<DirectoryInfo> _repository = new("--repository")
    {
        Description = "Repository root, whose node_modules holds Azurite.",
        DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
    };

    public StorageCommand()
        : base("storage", "Blob layer overhead: BlobObjectStore vs plain BlobClient calls against Azurite.")
    {
        Options.Add(_results);
        Options.Add(_runs);
        Options.Add(_repository);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        StorageWorkload[] workloads = [new(200, 16 * 1024), new(20, 4 * 1024 * 1024)];
        AzuriteProcess azurite;
        try
        {
            azurite = await AzuriteProcess.StartAsync(parse.GetValue(_repository)!.FullName, cancellationToken);
        }
        catch (FileNotFoundException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return ExitCodes.MissingPrerequisite;
        }

        await using var _ = azurite;
        var results = await new StorageBenchmark(parse.GetValue(_runs), workloads, Console.Error).RunAsync(azurite.ConnectionString, cancellationToken);
        ResultFiles.Write(Path.Combine(parse.GetValue(_results)!.FullName, "storage.json"), results);
        return ExitCodes.Success;
    }
}
