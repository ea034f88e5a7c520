using AliaBatch.Core.Storage;
using AliaBatch.Evaluation.Reports;
using AliaBatch.Evaluation.Suites;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Transport.Events;
using Microsoft.DurableTask;
using Microsoft.Extensions.Options;

namespace AliaBatch.Orchestration.Evaluation;

/// <summary>
/// Evaluates one suite: loads it from the suites store, runs it through the document pipeline
/// (<see cref="SuitePipelineRunner"/>), scores it, compares it with the previous run and the pinned baseline, and writes
/// <c>{suite}/{runId}/report.json|md|html</c> to the results store. Idempotent: when this run's report of the suite
/// exists already (a retry after the write), it is read back instead of evaluating again.
/// </summary>
public sealed class EvaluateSuiteActivity(
    SuitePipelineRunner runner,
    ObjectStoreResolver stores,
    IOptions<EvaluationOptions> options) : TaskActivity<EvaluateSuiteInput, SuiteEvaluation>
{
    /// <inheritdoc />
    public override async Task<SuiteEvaluation> RunAsync(TaskActivityContext context, EvaluateSuiteInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var results = stores.Resolve(options.Value.ResultsStore());
        var reportFolder = $"{input.Suite}/{input.RunId}";
        var run = await results.ReadJsonOrDefaultAsync<EvaluationRun>($"{reportFolder}/{EvaluationReportWriter.JsonFileName}");
        if (run is null)
        {
            var suite = await SuiteLoader.LoadAsync(stores.Resolve(options.Value.SuitesStore()), input.Suite);
            var outputs = await runner.RunAsync(suite);
            var report = SuiteScorer.Score(suite, outputs, input.RunId, input.StartedAt);
            run = await new EvaluationResultsStore(results).PublishAsync(input.RunId, input.Suite, input.StartedAt, [report]);
        }

        var result = run.Results.Single();
        var location = results.Location.TrimEnd('/');
        return new SuiteEvaluation(
            result.Report.Suite,
            result.Report.System,
            result.Report.Items,
            result.Report.MissingItems,
            result.Report.Overall.ToDictionary(m => m.Metric, m => m.Value, StringComparer.Ordinal),
            [.. new[] { EvaluationReportWriter.JsonFileName, EvaluationReportWriter.MarkdownFileName, EvaluationReportWriter.HtmlFileName }
                .Select(f => $"{location}/{reportFolder}/{f}")],
            [.. result.Regression.ToEvents().Select(e => new RegressedMetric(
                e.Suite, e.System, e.Group, e.Metric, e.ComparedWith, e.ComparedRunId, e.Previous, e.Current, e.Threshold))]);
    }
}
