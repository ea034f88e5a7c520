using System.Text.Json;
using AliaBatch.Core.Results;
using AliaBatch.Core.Serialization;

namespace AliaBatch.Cli.Console;

/// <summary>
/// What a command tells the user: human lines on standard error (so standard output stays clean for <c>--json</c>),
/// and the machine-readable summary on standard output when asked.
/// </summary>
internal sealed class CommandOutput(bool json)
{
    /// <summary>Progress is drawn unless the summary is JSON and standard error is not a terminal.</summary>
    public bool ShowProgress { get; } = !json || !System.Console.IsErrorRedirected;

    public void Starting(string jobId, string source, string results)
    {
        if (ShowProgress)
        {
            System.Console.Error.WriteLine($"Job {jobId}: {source} → {results}");
        }
    }

    public void Finished(JobManifest manifest, string resultsLocation)
    {
        var counts = manifest.Counts;
        var jobFolder = Path.Combine(resultsLocation, manifest.JobId);
        if (json)
        {
            System.Console.Out.WriteLine(JsonSerializer.Serialize(new
            {
                manifest.JobId,
                manifest.Status,
                counts.Total,
                counts.Succeeded,
                counts.Failed,
                counts.Skipped,
                counts.Cancelled,
                manifest.ProcessedThisRun,
                Results = jobFolder,
                Manifest = Path.Combine(jobFolder, JobManifest.FileName),
                Index = Path.Combine(jobFolder, JobManifest.IndexFileName),
            }, AliaBatchJson.Compact));
            return;
        }

        System.Console.Error.WriteLine(
            $"Job {manifest.JobId} {manifest.Status}: {counts.Succeeded} succeeded, {counts.Failed} failed, {counts.Skipped} skipped, {counts.Cancelled} cancelled " +
            $"of {counts.Total} ({manifest.ProcessedThisRun} processed in this run).");
        System.Console.Error.WriteLine($"Results: {jobFolder} (manifest {JobManifest.FileName}, index {JobManifest.IndexFileName})");
    }

    public int Error(int exitCode, string message)
    {
        System.Console.Error.WriteLine($"error: {message}");
        if (json)
        {
            System.Console.Out.WriteLine(JsonSerializer.Serialize(new { Error = message, ExitCode = exitCode }, AliaBatchJson.Compact));
        }

        return exitCode;
    }
}
