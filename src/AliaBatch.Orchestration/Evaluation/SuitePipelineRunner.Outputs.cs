using AliaBatch.Core.Jobs;
using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using AliaBatch.Evaluation.Suites;
using AliaBatch.Pipeline;

namespace AliaBatch.Orchestration.Evaluation;

/// <summary>Reading an item's output back from the job's results.</summary>
public sealed partial class SuitePipelineRunner
{
    /// <summary>The item's translation, summary or top label, or null when the document or its task failed (scored as missing).</summary>
    private static async Task<SystemOutput?> ReadOutputAsync(
        SuiteTask task, IObjectStore results, string jobId, string path, SuiteItem item, CancellationToken cancellationToken)
    {
        var result = await results.ReadJsonOrDefaultAsync<DocumentResult>(ResultLayout.Result(jobId, path), cancellationToken);
        if (result is null)
        {
            return null;
        }

        var (text, stage) = task switch
        {
            SuiteTask.Translation => (Translation(result, item.Pair.Target), $"{TaskNames.Translate}:{item.Pair.Target.Value}"),
            SuiteTask.Summarization => (result.Status == DocumentStatus.Succeeded ? result.Outputs.Summary?.Text : null, TaskNames.Summarize),
            _ => (result.Outputs.Classification?.Labels is [var label, ..] ? label : null, TaskNames.Classify),
        };
        if (text is null)
        {
            return null;
        }

        var stages = result.Provenance.Where(p => p.Stage == stage || p.Stage.StartsWith(stage + ":", StringComparison.Ordinal)).ToList();
        return new SystemOutput(text)
        {
            LatencyMs = stages.Count > 0 ? stages.Sum(s => s.DurationMs) : null,
            InputTokens = stages.Any(s => s.TokensIn is not null) ? stages.Sum(s => s.TokensIn ?? 0) : null,
            OutputTokens = stages.Any(s => s.TokensOut is not null) ? stages.Sum(s => s.TokensOut ?? 0) : null,
        };
    }

    private static string? Translation(DocumentResult result, Core.Languages.LanguageTag target) =>
        result.Outputs.Translations?.FirstOrDefault(t => t.Target == target) is { Status: DocumentStatus.Succeeded or DocumentStatus.Skipped, Text: { } text }
            ? text
            : null;
}
