using System.Globalization;
using System.Text.Json;
using AliaBatch.Core.Serialization;
using AliaBatch.Evaluation.Reports;

namespace AliaBatch.Cli.Commands;

/// <summary>What <c>eval</c> prints: per suite and system the headline metrics and any regressions.</summary>
internal sealed partial class EvalCommand
{
    private static readonly string[] s_reportFiles = ["report.json", "report.md", "report.html"];

    private static void PrintSummary(EvaluationRun run, string runFolder, bool pinned, bool json)
    {
        if (json)
        {
            System.Console.Out.WriteLine(JsonSerializer.Serialize(new
            {
                run.RunId,
                run.HasRegressions,
                BaselinePinned = pinned,
                Reports = s_reportFiles.Select(f => Path.Combine(runFolder, f)),
                Results = run.Results.Select(r => new
                {
                    r.Report.Suite,
                    r.Report.System,
                    r.Report.Items,
                    r.Report.MissingItems,
                    Overall = r.Report.Overall.ToDictionary(m => m.Metric, m => Math.Round(m.Value, 2), StringComparer.Ordinal),
                    r.Regression.Regressions,
                }),
            }, AliaBatchJson.Compact));
            return;
        }

        foreach (var result in run.Results)
        {
            var report = result.Report;
            var metrics = string.Join(", ", report.Overall.Select(m => $"{m.Metric} {Number(m.Value)}"));
            var missing = report.MissingItems > 0 ? $", {report.MissingItems} missing" : string.Empty;
            System.Console.Out.WriteLine($"{report.Suite} / {report.System}: {metrics} ({report.Items} items{missing})");
            foreach (var regression in result.Regression.Regressions)
            {
                System.Console.Out.WriteLine(
                    $"  REGRESSION {regression.Group} {regression.Metric}: {Number(regression.Reference)} → {Number(regression.Current)} " +
                    $"vs {regression.ComparedWith} run {regression.ComparedRunId} (threshold {Number(regression.Threshold)})");
            }
        }

        System.Console.Out.WriteLine($"Reports: {Path.Combine(runFolder, "report.html")} (and report.json, report.md)");
        if (pinned)
        {
            System.Console.Out.WriteLine("Baseline pinned to this run.");
        }

        if (run.HasRegressions)
        {
            System.Console.Error.WriteLine($"error: {run.RegressionEvents().Count} metric(s) regressed past their threshold.");
        }
    }

    private static int Error(bool json, int exitCode, string message)
    {
        System.Console.Error.WriteLine($"error: {message}");
        if (json)
        {
            System.Console.Out.WriteLine(JsonSerializer.Serialize(new { Error = message, ExitCode = exitCode }, AliaBatchJson.Compact));
        }

        return exitCode;
    }

    private static string Number(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
