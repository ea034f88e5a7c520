using System.CommandLine;
using AliaBatch.Cli.Console;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Results;
using AliaBatch.Hosting.Embedded;
using AliaBatch.Pipeline;
using AliaBatch.Pipeline.Generation;
using AliaBatch.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AliaBatch.Cli.Commands;

/// <summary><c>aliabatch run &lt;input&gt; --out &lt;results&gt;</c>: runs a job on a folder or a container prefix through the orchestrations in the embedded host.</summary>
internal sealed class RunCommand : Command
{
    private readonly Argument<string> _input = new("input")
    {
        Description = "Folder of documents, or container/prefix when blob storage is configured (--blob-connection, AliaBatch__Storage__ConnectionString).",
    };

    private readonly RunRequestOptions _request = new();
    private readonly ExecutionProviderOptions _executionProvider = new();

    private readonly Option<string> _out = new("--out", "-o")
    {
        Description = "Results folder, or container when blob storage is configured. Each job writes {out}/{jobId}/.",
        DefaultValueFactory = _ => "results",
    };

    private readonly Option<string?> _blobConnection = new("--blob-connection")
    {
        Description = "Azure Storage connection string (e.g. Azurite); input and --out then name container/prefix.",
    };

    private readonly Option<DirectoryInfo?> _models = new("--models")
    {
        Description = "Folder of model packs that requests name by id (AliaBatch:Models:Directory).",
    };

    private readonly Option<DirectoryInfo?> _translationModel = new("--translation-model")
    {
        Description = "Translation model folder (an Optimum ONNX export or model pack of salamandraTA); sets AliaBatch:Models:Translation.",
    };

    private readonly Option<DirectoryInfo?> _summaryModel = new("--summary-model")
    {
        Description = "Instruct model folder for abstractive summaries; sets AliaBatch:Models:Summarization.",
    };

    private readonly Option<int?> _parallel = new("--parallel") { Description = "Documents processed at once (default: processor count)." };
    private readonly Option<bool> _json = new("--json") { Description = "Print the final summary as JSON on standard output." };
    private readonly Option<bool> _verbose = new("--verbose", "-v") { Description = "Log each job step to standard error." };

    public RunCommand()
        : base("run", "Run a job: extract, detect language, and translate / summarize / classify every document.")
    {
        Arguments.Add(_input);
        Options.Add(_out);
        _request.AddTo(this);
        _executionProvider.AddTo(this);
        Options.Add(_blobConnection);
        _models.Validators.Add(RequireExistingFolder);
        _translationModel.Validators.Add(RequireExistingFolder);
        _summaryModel.Validators.Add(RequireExistingFolder);
        Options.Add(_models);
        Options.Add(_translationModel);
        Options.Add(_summaryModel);
        Options.Add(_parallel);
        Options.Add(_json);
        Options.Add(_verbose);
        SetAction(RunAsync);
    }

    private static void RequireExistingFolder(System.CommandLine.Parsing.OptionResult result)
    {
        if (result.GetValueOrDefault<DirectoryInfo?>() is { Exists: false } folder)
        {
            result.AddError($"Folder '{folder.FullName}' given to {result.Option.Name} does not exist.");
        }
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var overrides = _executionProvider.Overrides(parse);
        if (parse.GetValue(_blobConnection) is { } connection)
        {
            overrides[$"{StorageOptions.SectionName}:ConnectionString"] = connection;
        }

        if (parse.GetValue(_models) is { } models)
        {
            overrides[$"{ModelsOptions.SectionName}:Directory"] = models.FullName;
        }

        if (parse.GetValue(_translationModel) is { } translationModel)
        {
            overrides[$"{ModelsOptions.SectionName}:Translation"] = translationModel.FullName;
        }

        if (parse.GetValue(_summaryModel) is { } summaryModel)
        {
            overrides[$"{ModelsOptions.SectionName}:Summarization"] = summaryModel.FullName;
        }

        if (parse.GetValue(_parallel) is { } parallel)
        {
            overrides[$"{PipelineOptions.SectionName}:MaxParallelDocuments"] = parallel.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var output = new CommandOutput(parse.GetValue(_json));
        var host = CliHost.Build(overrides, parse.GetValue(_verbose));
        try
        {
            var storage = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
            var locations = new RunLocations(storage);
            var (source, jobSource) = await locations.OpenInputAsync(parse.GetValue(_input)!, cancellationToken);
            var request = JobRequestValidator.Validate(_request.Build(parse, jobSource));
            var results = await locations.OpenOutputAsync(parse.GetValue(_out)!, cancellationToken);
            ModelWarmUp.Load(host.Services, request.Tasks);
            var jobs = host.Services.GetRequiredService<EmbeddedJobHost>();
            output.Starting(JobIdentity.Resolve(request), source.Location, results.Location);

            JobManifest manifest;
            using (var progress = ProgressDisplay.Create(output.ShowProgress))
            {
                manifest = await jobs.RunAsync(request, source, results, progress, cancellationToken);
            }

            output.Finished(manifest, results.Location);
            return manifest.Status switch
            {
                JobStatus.Succeeded => ExitCodes.Success,
                JobStatus.CompletedWithErrors => ExitCodes.CompletedWithErrors,
                JobStatus.Cancelled => ExitCodes.Cancelled,
                _ => ExitCodes.Failed,
            };
        }
        catch (JobRequestValidationException exception)
        {
            return output.Error(ExitCodes.InvalidRequest, exception.Message);
        }
        catch (RunLocationException exception)
        {
            return output.Error(exception.ExitCode, exception.Message);
        }
        catch (OptionsValidationException exception)
        {
            return output.Error(ExitCodes.InvalidRequest, exception.Message);
        }
        finally
        {
            await CliHost.DisposeAsync(host);
        }
    }
}
