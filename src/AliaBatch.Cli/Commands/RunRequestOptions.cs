using System.CommandLine;
using System.Text.Json;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Languages;

namespace AliaBatch.Cli.Commands;

/// <summary>The options of <c>run</c> that make up the job request, and how they become one.</summary>
internal sealed class RunRequestOptions
{
    /// <summary>The tasks of the main job when none are named: the built-in extractive summary and zero-shot topic classification.</summary>
    public static readonly string[] DefaultTasks = [TaskNames.Summarize, TaskNames.Classify];

    private readonly Option<FileInfo?> _requestFile = new("--request")
    {
        Description = "A job-request JSON file (schema: docs/job-request.md). Its source is replaced by <input>.",
    };

    private readonly Option<string[]> _tasks = new("--tasks", "-t")
    {
        Description = "Tasks to run: translate, summarize, classify (default: summarize classify).",
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<string[]> _targets = new("--targets")
    {
        Description = "Target languages for translate (BCP-47: es, ca, ca-valencia, eu, gl, en, oc-aranes).",
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<string[]> _labels = new("--labels")
    {
        Description = "Labels for classify (default: public-administration topics such as taxes, health, education, transport).",
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<string?> _classifyModel = new("--classify-model")
    {
        Description = "Encoder-classifier model pack id (under --models) for classify; its labels become the label set.",
    };

    private readonly Option<SummaryMode?> _summaryMode = new("--summary-mode") { Description = "extractive (built in, default) or abstractive (needs --summary-model)." };
    private readonly Option<int?> _summarySentences = new("--summary-sentences") { Description = "Maximum sentences in an extractive summary (default 3)." };
    private readonly Option<int?> _summaryWords = new("--summary-words") { Description = "Maximum words in a summary (default 120)." };
    private readonly Option<string?> _jobId = new("--job-id") { Description = "Job id; derived from the input and tasks when omitted, so re-running resumes." };
    private readonly Option<OverwritePolicy?> _overwrite = new("--overwrite") { Description = "skip (default: keep finished results), overwrite, or version." };

    public void AddTo(Command command)
    {
        _tasks.AcceptOnlyFromAmong(TaskNames.Translate, TaskNames.Summarize, TaskNames.Classify);
        foreach (var option in new Option[] { _requestFile, _tasks, _targets, _labels, _classifyModel, _summaryMode, _summarySentences, _summaryWords, _jobId, _overwrite })
        {
            command.Options.Add(option);
        }
    }

    public JobRequest Build(ParseResult parse, JobSource source)
    {
        var fromFile = parse.GetValue(_requestFile) is { } file ? ReadRequestFile(file) : null;
        var tasks = fromFile?.Tasks ?? BuildTasks(parse);
        var options = fromFile?.Options ?? new JobOptions();
        if (parse.GetValue(_overwrite) is { } overwrite)
        {
            options = options with { Overwrite = overwrite };
        }

        return new JobRequest
        {
            JobId = parse.GetValue(_jobId) ?? fromFile?.JobId,
            Source = source,
            Tasks = tasks,
            Options = options,
        };
    }

    private JobTasks BuildTasks(ParseResult parse)
    {
        var names = parse.GetValue(_tasks) is { Length: > 0 } given ? given : DefaultTasks;
        var targets = parse.GetValue(_targets) ?? [];
        var labels = parse.GetValue(_labels) ?? [];
        return new JobTasks
        {
            Translate = names.Contains(TaskNames.Translate)
                ? new TranslateTask { Targets = [.. targets.Select(t => ParseTag(t, "--targets"))] }
                : null,
            Summarize = names.Contains(TaskNames.Summarize)
                ? new SummarizeTask
                {
                    Mode = parse.GetValue(_summaryMode) ?? SummaryMode.Extractive,
                    MaxSentences = parse.GetValue(_summarySentences) ?? 3,
                    MaxWords = parse.GetValue(_summaryWords) ?? 120,
                }
                : null,
            Classify = names.Contains(TaskNames.Classify)
                ? (labels.Length > 0 ? new ClassifyTask { Labels = labels } : PublicAdministrationTopics.Task) with { Model = parse.GetValue(_classifyModel) }
                : null,
        };
    }

    private static LanguageTag ParseTag(string value, string option) =>
        LanguageTag.TryParse(value, out var tag)
            ? tag
            : throw new JobRequestValidationException("/tasks/translate/targets", $"'{value}' given to {option} is not a BCP-47 language tag (e.g. ca, ca-valencia, eu, gl).");

    private static JobRequest ReadRequestFile(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new RunLocationException(ExitCodes.InputNotFound, $"Job request file '{file.FullName}' does not exist.");
        }

        try
        {
            return JobRequestValidator.Parse(File.ReadAllText(file.FullName));
        }
        catch (JsonException exception)
        {
            throw new JobRequestValidationException("/", $"'{file.Name}' is not a valid job request: {exception.Message}");
        }
    }
}
