using System.Text;
using AliaBatch.Core.Storage;
using AliaBatch.Evaluation.Regression;

namespace AliaBatch.Evaluation.Reports;

/// <summary>
/// The evaluation results folder (e.g. the <c>eval-results</c> prefix of the results container), laid out as
/// <c>{runId}/report.json|md|html</c>, <c>latest/{suite}/{system}.json</c> (the last report of each suite and system:
/// the "previous run" of the next one) and <c>baseline/{suite}/{system}.json</c> (the pinned baseline).
/// </summary>
/// <param name="store">The store, already narrowed to the results folder (see <see cref="PrefixedObjectStore"/>).</param>
public sealed class EvaluationResultsStore(IObjectStore store)
{
    /// <summary>The conventional folder of evaluation results in the results container.</summary>
    public const string DefaultFolder = "eval-results";

    /// <summary>The folder of the latest report per suite and system.</summary>
    public const string LatestFolder = "latest";

    /// <summary>The folder of pinned baselines.</summary>
    public const string BaselineFolder = "baseline";

    private readonly IObjectStore _store = store ?? throw new ArgumentNullException(nameof(store));

    /// <summary>The path of the latest report of a suite and system.</summary>
    /// <param name="suite">The suite id.</param>
    /// <param name="system">The system name.</param>
    /// <returns>The relative path.</returns>
    public static string LatestPath(string suite, string system) => $"{LatestFolder}/{suite}/{Slug(system)}.json";

    /// <summary>The path of the pinned baseline of a suite and system.</summary>
    /// <param name="suite">The suite id.</param>
    /// <param name="system">The system name.</param>
    /// <returns>The relative path.</returns>
    public static string BaselinePath(string suite, string system) => $"{BaselineFolder}/{suite}/{Slug(system)}.json";

    /// <summary>The last report published for the suite and system, or null.</summary>
    /// <param name="suite">The suite id.</param>
    /// <param name="system">The system name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report, or null.</returns>
    public Task<EvaluationReport?> GetPreviousAsync(string suite, string system, CancellationToken cancellationToken = default) =>
        _store.ReadJsonOrDefaultAsync<EvaluationReport>(LatestPath(suite, system), cancellationToken);

    /// <summary>The pinned baseline of the suite and system, or null.</summary>
    /// <param name="suite">The suite id.</param>
    /// <param name="system">The system name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report, or null.</returns>
    public Task<EvaluationReport?> GetBaselineAsync(string suite, string system, CancellationToken cancellationToken = default) =>
        _store.ReadJsonOrDefaultAsync<EvaluationReport>(BaselinePath(suite, system), cancellationToken);

    /// <summary>Pins <paramref name="report"/> as the baseline of its suite and system, replacing any earlier one.</summary>
    /// <param name="report">The report to pin.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The path written.</returns>
    public async Task<string> PinBaselineAsync(EvaluationReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var path = BaselinePath(report.Suite, report.System);
        await _store.WriteJsonAsync(path, report, cancellationToken: cancellationToken);
        return path;
    }

    /// <summary>
    /// Compares each report with its previous run and baseline, writes <c>{runId}/report.json</c>, <c>report.md</c>
    /// and <c>report.html</c>, then records each report as the latest of its suite and system.
    /// </summary>
    /// <param name="runId">The run id (its folder name).</param>
    /// <param name="startedAt">When the run started.</param>
    /// <param name="reports">The reports of the run, one per suite and system.</param>
    /// <param name="cancellationToken">Cancels the reads and writes.</param>
    /// <returns>The run with its comparisons; <see cref="EvaluationRun.HasRegressions"/> says whether to fail.</returns>
    public Task<EvaluationRun> PublishAsync(
        string runId, DateTimeOffset startedAt, IReadOnlyList<EvaluationReport> reports, CancellationToken cancellationToken = default) =>
        PublishAsync(runId, _store, startedAt, reports, cancellationToken);

    /// <summary>
    /// Like <see cref="PublishAsync(string, DateTimeOffset, IReadOnlyList{EvaluationReport}, CancellationToken)"/>, but
    /// writes the reports to <c>{folder}/{runId}/</c> (the scheduled evaluation keeps one folder per suite);
    /// <c>latest/</c> and <c>baseline/</c> stay at the root, shared with <c>aliabatch eval</c>.
    /// </summary>
    /// <param name="runId">The run id.</param>
    /// <param name="folder">The folder of the run's reports, e.g. the suite id.</param>
    /// <param name="startedAt">When the run started.</param>
    /// <param name="reports">The reports of the run.</param>
    /// <param name="cancellationToken">Cancels the reads and writes.</param>
    /// <returns>The run with its comparisons.</returns>
    public Task<EvaluationRun> PublishAsync(
        string runId, string folder, DateTimeOffset startedAt, IReadOnlyList<EvaluationReport> reports, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        return PublishAsync(runId, new PrefixedObjectStore(_store, folder), startedAt, reports, cancellationToken);
    }

    private async Task<EvaluationRun> PublishAsync(
        string runId, IObjectStore reportStore, DateTimeOffset startedAt, IReadOnlyList<EvaluationReport> reports, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        ArgumentNullException.ThrowIfNull(reports);
        var results = new List<EvaluatedSuite>(reports.Count);
        foreach (var report in reports)
        {
            var previous = await GetPreviousAsync(report.Suite, report.System, cancellationToken);
            var baseline = await GetBaselineAsync(report.Suite, report.System, cancellationToken);
            results.Add(new EvaluatedSuite(report, RegressionChecker.Check(report, previous, baseline)));
        }

        var run = new EvaluationRun(runId, startedAt, results);
        await EvaluationReportWriter.WriteAsync(reportStore, run, cancellationToken);
        foreach (var report in reports)
        {
            await _store.WriteJsonAsync(LatestPath(report.Suite, report.System), report, cancellationToken: cancellationToken);
        }

        return run;
    }

    /// <summary>A system name as a single path segment: letters, digits, '.', '_' and '-' kept, anything else becomes '_'.</summary>
    /// <param name="system">The system name, e.g. <c>BSC-LT/salamandra-2b-instruct</c>.</param>
    /// <returns>The segment, e.g. <c>BSC-LT_salamandra-2b-instruct</c>.</returns>
    public static string Slug(string system)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(system);
        var slug = new StringBuilder(system.Length);
        foreach (var c in system)
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_');
        }

        return slug.ToString();
    }
}
