using System.Diagnostics;
using System.Globalization;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Storage;
using AliaBatch.Evaluation.Suites;
using AliaBatch.Pipeline.Generation;
using AliaBatch.Pipeline.Jobs;
using AliaBatch.Pipeline.Tasks;
using AliaBatch.Storage;
using Microsoft.Extensions.Options;

namespace AliaBatch.Orchestration.Evaluation;

/// <summary>
/// Runs a suite's items through the document pipeline (<see cref="JobRunner"/>) with the configured models, as jobs over
/// a temporary folder of one <c>.txt</c> document per item: translation one job per direction (the source language
/// fixed), summarisation and classification one job. Language-identification suites use the embedded identifier.
/// The outputs carry each item's stage duration and tokens, so reports get latency figures.
/// </summary>
/// <param name="runner">The in-process job runner.</param>
/// <param name="models">The configured models: the translation model, and an instruct model for abstractive summaries.</param>
public sealed partial class SuitePipelineRunner(JobRunner runner, IOptions<ModelsOptions> models)
{
    /// <summary>The system name of extractive summaries (no summarisation model configured).</summary>
    public const string ExtractiveSystem = "extractive";

    /// <summary>The name reports give the system that evaluates <paramref name="suite"/>: the model folder's name, or the built-in component.</summary>
    /// <param name="suite">The suite.</param>
    /// <returns>The system name.</returns>
    /// <exception cref="InvalidOperationException">A translation suite and no translation model configured.</exception>
    public string SystemName(Suite suite)
    {
        ArgumentNullException.ThrowIfNull(suite);
        return suite.Manifest.Task switch
        {
            SuiteTask.Translation => ModelName(models.Value.Translation) ?? throw new InvalidOperationException(
                $"Suite '{suite.Id}' is a translation suite: set {ModelsOptions.SectionName}:Translation to the translation model folder."),
            SuiteTask.Summarization => ModelName(models.Value.Summarization) ?? ExtractiveSystem,
            SuiteTask.Classification => ClassifyDocumentTask.ModelId,
            _ => LanguageIdentifierSystem.DefaultSystemName,
        };
    }

    /// <summary>Runs every item of <paramref name="suite"/> and collects the outputs by item id; failed items are left out (scored as missing).</summary>
    /// <param name="suite">The suite.</param>
    /// <param name="cancellationToken">Cancels the jobs.</param>
    /// <returns>The outputs, named by <see cref="SystemName"/>.</returns>
    /// <exception cref="InvalidOperationException">A translation suite and no translation model configured.</exception>
    public async Task<SystemOutputs> RunAsync(Suite suite, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(suite);
        var system = SystemName(suite);
        if (suite.Manifest.Task == SuiteTask.LanguageIdentification)
        {
            return LanguageIdentifierSystem.Run(suite, systemName: system);
        }

        var root = Directory.CreateTempSubdirectory("aliabatch-eval-").FullName;
        try
        {
            var outputs = new Dictionary<string, SystemOutput>(StringComparer.Ordinal);
            var results = ObjectStores.ForFolder(Path.Combine(root, "results"));
            var clock = Stopwatch.GetTimestamp();
            var jobs = Jobs(suite);
            for (var n = 0; n < jobs.Count; n++)
            {
                var jobId = $"job-{n.ToString(CultureInfo.InvariantCulture)}";
                var folder = Path.Combine(root, jobId);
                var documents = await WriteDocumentsAsync(folder, jobs[n].Items, cancellationToken);
                var request = JobRequestValidator.Validate(new JobRequest
                {
                    JobId = jobId,
                    Source = new JobSource { Kind = SourceKind.Local, Path = folder },
                    Tasks = jobs[n].Tasks,
                    Options = new JobOptions { Overwrite = OverwritePolicy.Overwrite },
                });
                await runner.RunAsync(request, ObjectStores.ForFolder(folder), results, cancellationToken: cancellationToken);
                foreach (var (path, item) in documents)
                {
                    if (await ReadOutputAsync(suite.Manifest.Task, results, jobId, path, item, cancellationToken) is { } output)
                    {
                        outputs[item.Id] = output;
                    }
                }
            }

            return new SystemOutputs(system, outputs) { ElapsedSeconds = Stopwatch.GetElapsedTime(clock).TotalSeconds };
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private List<(JobTasks Tasks, IReadOnlyList<SuiteItem> Items)> Jobs(Suite suite) => suite.Manifest.Task switch
    {
        SuiteTask.Translation => [.. suite.Items.GroupBy(i => i.Pair).Select(p => (
            new JobTasks { Translate = new TranslateTask { Targets = [p.Key.Target], Source = p.Key.Source } },
            (IReadOnlyList<SuiteItem>)[.. p]))],
        SuiteTask.Summarization => [(
            new JobTasks { Summarize = new SummarizeTask { Mode = models.Value.Summarization is null ? SummaryMode.Extractive : SummaryMode.Abstractive } },
            suite.Items)],
        _ => [(new JobTasks { Classify = new ClassifyTask { Labels = Labels(suite) } }, suite.Items)],
    };

    private static List<string> Labels(Suite suite) => suite.Manifest.Labels.Count > 0
        ? [.. suite.Manifest.Labels]
        : [.. suite.Items.Select(i => i.Label).OfType<string>().Distinct(StringComparer.Ordinal)];

    private static string? ModelName(string? folder) =>
        string.IsNullOrWhiteSpace(folder) ? null : Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));

    /// <summary>Writes the items as numbered documents: item ids need not be valid file names.</summary>
    private static async Task<List<(string Path, SuiteItem Item)>> WriteDocumentsAsync(string folder, IEnumerable<SuiteItem> items, CancellationToken cancellationToken)
    {
        var store = ObjectStores.ForFolder(folder);
        var documents = new List<(string, SuiteItem)>();
        foreach (var item in items)
        {
            var path = $"item-{documents.Count.ToString("D5", CultureInfo.InvariantCulture)}.txt";
            await store.WriteTextAsync(path, item.Source, cancellationToken: cancellationToken);
            documents.Add((path, item));
        }

        return documents;
    }
}
