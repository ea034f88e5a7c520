using System.CommandLine;
using System.Text.Json;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Serialization;
using AliaBatch.Hosting.Local;
using AliaBatch.Orchestration.Orchestrators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AliaBatch.Cli.Commands;

/// <summary>
/// <c>aliabatch submit &lt;request.json&gt;</c>: puts a job request on the agency-jobs queue, as an agency would, for
/// <c>aliabatch serve</c> (or the Functions app) to start. The request is checked here first, so a typo fails at once.
/// </summary>
internal sealed class SubmitCommand : Command
{
    private readonly Argument<FileInfo> _request = new("request") { Description = "Job-request JSON file (schema: docs/job-request.md) with a blob source." };
    private readonly StorageConnectionOption _connection = new();
    private readonly Option<bool> _json = new("--json") { Description = "Print the message id, run id and orchestration instance id as JSON." };

    public SubmitCommand()
        : base("submit", "Queue a job request on the agency-jobs queue for 'aliabatch serve'.")
    {
        Arguments.Add(_request);
        _connection.AddTo(this);
        Options.Add(_json);
        SetAction(SubmitAsync);
    }

    private async Task<int> SubmitAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var file = parse.GetValue(_request)!;
        if (!file.Exists)
        {
            System.Console.Error.WriteLine($"error: job request file '{file.FullName}' does not exist.");
            return ExitCodes.InputNotFound;
        }

        var body = await File.ReadAllTextAsync(file.FullName, cancellationToken);
        JobRequest request;
        try
        {
            request = JobRequestValidator.Parse(body);
        }
        catch (JobRequestValidationException exception)
        {
            System.Console.Error.WriteLine($"error: {exception.Message}");
            return ExitCodes.InvalidRequest;
        }

        var overrides = new Dictionary<string, string?>(StringComparer.Ordinal);
        _connection.Apply(parse, overrides);
        var host = CliHost.Build(overrides, verbose: false, services =>
        {
            StorageConnectionOption.DefaultToAzurite(services);
            services.AddAliaBatchLocalHost();
        });
        try
        {
            var queue = host.Services.GetRequiredService<AgencyJobQueue>();
            var (messageId, runId) = await queue.SendAsync(body, cancellationToken);
            var instanceId = JobOrchestrator.InstanceId(JobIdentity.Resolve(request), runId);
            if (parse.GetValue(_json))
            {
                System.Console.Out.WriteLine(JsonSerializer.Serialize(new { MessageId = messageId, RunId = runId, InstanceId = instanceId, Queue = queue.Name }, AliaBatchJson.Compact));
            }
            else
            {
                System.Console.Error.WriteLine($"Queued on {queue.Name} as message {messageId}: job orchestration {instanceId} once a host takes it.");
            }

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
