using System.Diagnostics;
using System.Globalization;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using AliaBatch.Evaluation.Suites;
using AliaBatch.Pipeline;
using AliaBatch.Pipeline.Jobs;
using AliaBatch.Storage;

namespace AliaBatch.Cli.Evaluation;

/// <summary>
/// Runs a translation suite through the job pipeline: one job per direction (so the source language is fixed, as
/// <c>tasks.translate.source</c>), each item a <c>.txt</c> document in a temporary folder; the outputs are the
/// documents' translations with the translate stage's tokens and duration.
/// </summary>
internal sealed class SuiteJob(JobRunner runner)
{
    /// <summary>Translates every item of <paramref name="suite"/> and collects the outputs by item id.</summary>
    public async Task<SystemOutputs> TranslateAsync(Suite suite, string systemName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(suite);
        var root = Directory.CreateTempSubdirectory("aliabatch-eval-").FullName;
        try
        {
            var outputs = new Dictionary<string, SystemOutput>(StringComparer.Ordinal);
            var results = ObjectStores.ForFolder(Path.Combine(root, "results"));
            var clock = Stopwatch.GetTimestamp();
            var pairs = suite.Items.GroupBy(i => i.Pair).ToList();
            for (var n = 0; n < pairs.Count; n++)
            {
                var jobId = $"pair-{n.ToString(CultureInfo.InvariantCulture)}";
                var folder = Path.Combine(root, jobId);
                var documents = await WriteDocumentsAsync(folder, pairs[n], cancellationToken);
                var request = JobRequestValidator.Validate(new JobRequest
                {
                    JobId = jobId,
                    Source = new JobSource { Kind = SourceKind.Local, Path = folder },
                    Tasks = new JobTasks { Translate = new TranslateTask { Targets = [pairs[n].Key.Target], Source = pairs[n].Key.Source } },
                    Options = new JobOptions { Overwrite = OverwritePolicy.Overwrite },
                });
                await runner.RunAsync(request, ObjectStores.ForFolder(folder), results, cancellationToken: cancellationToken);
                foreach (var (path, item) in documents)
                {
                    if (await ReadOutputAsync(results, jobId, path, item, cancellationToken) is { } output)
                    {
                        outputs[item.Id] = output;
                    }
                }
            }

            return new SystemOutputs(systemName, outputs) { ElapsedSeconds = Stopwatch.GetElapsedTime(clock).TotalSeconds };
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

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

    /// <summary>The item's translation, or null when the document or its translation failed (scored as missing).</summary>
    private static async Task<SystemOutput?> ReadOutputAsync(IObjectStore results, string jobId, string path, SuiteItem item, CancellationToken cancellationToken)
    {
        var result = await results.ReadJsonOrDefaultAsync<DocumentResult>(ResultLayout.Result(jobId, path), cancellationToken);
        var target = item.Pair.Target;
        var translation = result?.Outputs.Translations?.FirstOrDefault(t => t.Target == target);
        if (translation is not { Status: DocumentStatus.Succeeded or DocumentStatus.Skipped, Text: { } text })
        {
            return null;
        }

        var stage = result!.Provenance.FirstOrDefault(p => p.Stage == $"{TaskNames.Translate}:{target}");
        return new SystemOutput(text)
        {
            LatencyMs = stage?.DurationMs,
            InputTokens = stage?.TokensIn,
            OutputTokens = stage?.TokensOut,
        };
    }
}
