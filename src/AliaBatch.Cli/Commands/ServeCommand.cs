using System.CommandLine;
using System.Globalization;
using AliaBatch.Hosting.Local;
using AliaBatch.Pipeline;
using AliaBatch.Pipeline.Generation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AliaBatch.Cli.Commands;

/// <summary>
/// <c>aliabatch serve</c>: the durable local host. Runs the job orchestrations on the Durable Task Azure Storage backend
/// (Azurite) and starts jobs from drops in the incoming container and requests on the agency queue, until Ctrl+C.
/// </summary>
internal sealed class ServeCommand : Command
{
    private readonly StorageConnectionOption _connection = new();
    private readonly Option<string?> _taskHub = new("--task-hub") { Description = "Durable Task hub name (AliaBatch:LocalHost:TaskHubName, default aliabatch)." };
    private readonly Option<int?> _parallel = new("--parallel") { Description = "Documents processed at once, and batches run at once (default: processor count)." };
    private readonly Option<DirectoryInfo?> _models = new("--models") { Description = "Folder of model packs that requests name by id (AliaBatch:Models:Directory)." };
    private readonly Option<bool> _noIncoming = new("--no-incoming") { Description = "Do not watch the incoming container." };
    private readonly Option<bool> _noQueue = new("--no-queue") { Description = "Do not watch the agency-jobs queue." };

    public ServeCommand()
        : base("serve", "Run the durable local host on Azurite: jobs from the incoming container and the agency-jobs queue survive restarts and crashes.")
    {
        _connection.AddTo(this);
        foreach (var option in new Option[] { _taskHub, _parallel, _models, _noIncoming, _noQueue })
        {
            Options.Add(option);
        }

        SetAction(ServeAsync);
    }

    private async Task<int> ServeAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var overrides = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            // The host's own lines say what it listens to and what it starts; the frameworks' go to warnings only.
            ["Logging:LogLevel:Microsoft"] = "Warning",
            ["Logging:LogLevel:DurableTask"] = "Warning",
        };
        _connection.Apply(parse, overrides);
        if (parse.GetValue(_taskHub) is { } taskHub)
        {
            overrides[$"{LocalHostOptions.SectionName}:TaskHubName"] = taskHub;
        }

        if (parse.GetValue(_parallel) is { } parallel)
        {
            overrides[$"{PipelineOptions.SectionName}:MaxParallelDocuments"] = parallel.ToString(CultureInfo.InvariantCulture);
        }

        if (parse.GetValue(_models) is { } models)
        {
            overrides[$"{ModelsOptions.SectionName}:Directory"] = models.FullName;
        }

        if (parse.GetValue(_noIncoming))
        {
            overrides[$"{LocalHostOptions.SectionName}:WatchIncoming"] = "false";
        }

        if (parse.GetValue(_noQueue))
        {
            overrides[$"{LocalHostOptions.SectionName}:WatchAgencyQueue"] = "false";
        }

        var host = CliHost.Build(overrides, verbose: true, services =>
        {
            StorageConnectionOption.DefaultToAzurite(services);
            services.AddAliaBatchLocalHost();
        });
        try
        {
            // Ctrl+C cancels the token: the watchers stop, running work items finish their step, state stays in storage.
            await host.RunAsync(cancellationToken);
            return ExitCodes.Success;
        }
        catch (OptionsValidationException exception)
        {
            System.Console.Error.WriteLine($"error: {exception.Message}");
            return ExitCodes.InvalidRequest;
        }
        finally
        {
            await CliHost.DisposeAsync(host);
        }
    }
}
