using System.CommandLine;
using System.Globalization;
using AliaBatch.Core.Jobs;
using AliaBatch.Evaluation.Reports;
using AliaBatch.Evaluation.Suites;
using AliaBatch.Orchestration.Evaluation;
using AliaBatch.Pipeline;
using AliaBatch.Pipeline.Generation;
using AliaBatch.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AliaBatch.Cli.Commands;

/// <summary>
/// <c>aliabatch eval --suite DIR [--suite DIR …] [--translation-model DIR] [--out eval-results] [--run-id ID]
/// [--pin-baseline] [--json]</c>: evaluates suites (translation through the job pipeline, language identification
/// with the embedded identifier), publishes the reports and exits 6 when a metric regressed.
/// </summary>
internal sealed partial class EvalCommand : Command
{
    private readonly Option<DirectoryInfo[]> _suites = new("--suite", "-s")
    {
        Description = "Suite folder (suite.json + items.jsonl, docs/evaluation.md); repeat for several suites.",
        Required = true,
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<DirectoryInfo?> _translationModel = new("--translation-model")
    {
        Description = "Translation model folder for translation suites; sets AliaBatch:Models:Translation.",
    };

    private readonly Option<string> _out = new("--out", "-o")
    {
        Description = "Results folder: {runId}/report.json|md|html, latest/ and baseline/.",
        DefaultValueFactory = _ => EvaluationResultsStore.DefaultFolder,
    };

    private readonly Option<string?> _runId = new("--run-id") { Description = "Run id (its folder name); default: the UTC start time, e.g. 20261127T120000Z." };
    private readonly Option<bool> _pinBaseline = new("--pin-baseline") { Description = "Pin this run's reports as the baseline of their suite and system." };
    private readonly Option<bool> _json = new("--json") { Description = "Print the summary as JSON on standard output." };
    private readonly Option<bool> _verbose = new("--verbose", "-v") { Description = "Log each job step to standard error." };

    public EvalCommand()
        : base("eval", "Evaluate suites (translation through the job pipeline, language identification), write reports and flag regressions.")
    {
        foreach (var option in new Option[] { _suites, _translationModel, _out, _runId, _pinBaseline, _json, _verbose })
        {
            Options.Add(option);
        }

        _translationModel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<DirectoryInfo?>() is { Exists: false } folder)
            {
                result.AddError($"Folder '{folder.FullName}' given to --translation-model does not exist.");
            }
        });
        SetAction(EvaluateAsync);
    }

    private async Task<int> EvaluateAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var json = parse.GetValue(_json);
        var startedAt = DateTimeOffset.UtcNow;
        var runId = parse.GetValue(_runId) ?? startedAt.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        if (runId.Length == 0 || runId.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or '-')) || runId.StartsWith('.'))
        {
            return Error(json, ExitCodes.InvalidRequest, $"--run-id '{runId}' must be letters, digits, '.', '_' or '-' (it names the run's folder).");
        }

        List<Suite> suites;
        try
        {
            suites = [.. await Task.WhenAll(parse.GetValue(_suites)!.Select(s => SuiteLoader.LoadAsync(s.FullName, cancellationToken)))];
        }
        catch (SuiteValidationException exception)
        {
            return Error(json, ExitCodes.InvalidRequest, exception.Message);
        }

        var model = parse.GetValue(_translationModel);
        if (Refusal(suites, model) is { } refusal)
        {
            return Error(json, ExitCodes.InvalidRequest, refusal);
        }

        try
        {
            var reports = await ScoreAsync(parse, suites, model, runId, startedAt, cancellationToken);
            var results = new EvaluationResultsStore(ObjectStores.ForFolder(Path.GetFullPath(parse.GetValue(_out)!)));
            var run = await results.PublishAsync(runId, startedAt, reports, cancellationToken);
            if (parse.GetValue(_pinBaseline))
            {
                foreach (var report in reports)
                {
                    await results.PinBaselineAsync(report, cancellationToken);
                }
            }

            PrintSummary(run, Path.Combine(Path.GetFullPath(parse.GetValue(_out)!), runId), parse.GetValue(_pinBaseline), json);
            return run.HasRegressions ? ExitCodes.QualityRegression : ExitCodes.Success;
        }
        catch (OptionsValidationException exception)
        {
            return Error(json, ExitCodes.InvalidRequest, exception.Message);
        }
    }

    /// <summary>Why the suites cannot be evaluated with the given options, or null when they can.</summary>
    private static string? Refusal(List<Suite> suites, DirectoryInfo? model) =>
        model is null && suites.FirstOrDefault(s => s.Manifest.Task == SuiteTask.Translation) is { } translation
            ? $"Suite '{translation.Id}' is a translation suite: pass --translation-model with the model folder to evaluate."
            : null;

    private async Task<List<EvaluationReport>> ScoreAsync(
        ParseResult parse, List<Suite> suites, DirectoryInfo? model, string runId, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        var reports = new List<EvaluationReport>(suites.Count);
        IHost? host = null;
        try
        {
            foreach (var suite in suites)
            {
                if (suite.Manifest.Task == SuiteTask.LanguageIdentification)
                {
                    reports.Add(SuiteScorer.Score(suite, LanguageIdentifierSystem.Run(suite), runId, startedAt));
                    continue;
                }

                // Translation, summarisation and classification suites go through the job pipeline, as the scheduled
                // evaluation does (SuitePipelineRunner); the system is named after the model folder or built-in component.
                host ??= PipelineHost(model, parse.GetValue(_verbose));
                var outputs = await host.Services.GetRequiredService<SuitePipelineRunner>().RunAsync(suite, cancellationToken);
                reports.Add(SuiteScorer.Score(suite, outputs, runId, startedAt));
            }
        }
        finally
        {
            host?.Dispose();
        }

        return reports;
    }

    /// <summary>The embedded host, with the translation model loaded when one is given, so a broken model stops the run before any job.</summary>
    private static IHost PipelineHost(DirectoryInfo? model, bool verbose)
    {
        var overrides = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (model is not null)
        {
            overrides[$"{ModelsOptions.SectionName}:Translation"] = model.FullName;
        }

        var host = CliHost.Build(overrides, verbose);
        try
        {
            if (model is not null)
            {
                ModelWarmUp.Load(host.Services, new JobTasks { Translate = new TranslateTask { Targets = [] } });
            }

            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
