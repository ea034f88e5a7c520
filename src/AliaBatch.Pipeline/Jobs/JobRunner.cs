using System.Diagnostics;
using System.Reflection;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AliaBatch.Pipeline.Jobs;

/// <summary>
/// Runs a job in this process: lists the source, keeps what earlier runs of the same job finished, processes the rest
/// with bounded parallelism, writes each result as it finishes, and keeps <c>_job.json</c> and <c>index.jsonl</c>
/// current while it runs. One bad document never fails the job.
/// </summary>
public sealed partial class JobRunner(
    DocumentProcessor processor,
    IOptions<PipelineOptions> options,
    TimeProvider timeProvider,
    ILogger<JobRunner> logger)
{
    private static readonly string s_version =
        typeof(JobRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>Name recorded in manifests for this host.</summary>
    public string HostName { get; init; } = "embedded";

    /// <summary>Runs the job to completion (or cancellation) and returns its final manifest.</summary>
    public async Task<JobManifest> RunAsync(JobRequest request, IObjectStore source, IObjectStore results, IProgress<JobProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(results);
        JobRequestValidator.Validate(request);
        var jobId = await JobOutputs.ResolveJobIdAsync(request, results, cancellationToken);
        var previous = await results.ReadJsonOrDefaultAsync<JobManifest>(ResultLayout.Manifest(jobId), cancellationToken);
        var createdAt = previous?.CreatedAt ?? timeProvider.GetUtcNow();
        if (!string.IsNullOrEmpty(request.Source.Prefix))
        {
            source = new PrefixedObjectStore(source, request.Source.Prefix);
        }

        var documents = await ListSourceAsync(request.Source, source, cancellationToken);
        var ledger = new JobLedger(documents.Count);
        logger.JobStarted(jobId, documents.Count, source.Location, results.Location);

        using var stateWrite = new SemaphoreSlim(1, 1);
        var run = new RunState(jobId, request, results, ledger, createdAt, Stopwatch.StartNew(), stateWrite);
        await using (var checkpoints = StartCheckpoints(run))
        {
            await ProcessAllAsync(run, documents, source, progress, cancellationToken);
        }

        var cancelled = cancellationToken.IsCancellationRequested;
        if (cancelled)
        {
            foreach (var document in documents)
            {
                ledger.RecordCancelled(document.Path);
            }

            var notProcessed = ledger.Counts().Cancelled;
            logger.JobCancelled(jobId, notProcessed);
        }

        var manifest = await WriteStateAsync(run, JobOutputs.FinalStatus(ledger.Counts(), cancelled), final: true, CancellationToken.None);
        var reused = ledger.Reused;
        logger.JobFinished(jobId, manifest.Status, manifest.Counts.Succeeded, manifest.Counts.Failed, manifest.ProcessedThisRun, reused);
        return manifest;
    }

    private async Task ProcessAllAsync(RunState run, IReadOnlyList<ObjectInfo> documents, IObjectStore source, IProgress<JobProgress>? progress, CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelDocuments, CancellationToken = cancellationToken };
        try
        {
            await Parallel.ForEachAsync(documents, parallel, async (document, ct) =>
            {
                await ProcessOneAsync(run, source, document, ct);
                run.Ledger.RecordSourceDone();
                progress?.Report(Snapshot(run, document.Path));
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Finished results are kept; the caller records the rest as cancelled.
        }
    }

    private async Task ProcessOneAsync(RunState run, IObjectStore source, ObjectInfo document, CancellationToken cancellationToken)
    {
        if (await TryReuseAsync(run, document, cancellationToken))
        {
            return;
        }

        IReadOnlyList<ProcessedDocument> processed;
        try
        {
            processed = await processor.ProcessAsync(run.JobId, run.Request.Tasks, source, document, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.DocumentCrashed(exception, run.JobId, document.Path);
            processed = [JobOutputs.Crashed(run.JobId, document, exception, timeProvider.GetUtcNow())];
        }

        foreach (var item in processed)
        {
            await JobOutputs.WriteDocumentAsync(run.Results, run.JobId, item, cancellationToken);
            if (item.Result.Error is { } error)
            {
                logger.DocumentFailed(run.JobId, item.Result.Source.Path, error.Code, error.Message);
            }

            run.Ledger.Record(item.Result, reused: false);
        }
    }

    private static JobProgress Snapshot(RunState run, string? lastDocument)
    {
        var counts = run.Ledger.Counts();
        var elapsed = run.Clock.Elapsed.TotalSeconds;
        var sourcesDone = run.Ledger.SourcesDone;
        var rate = elapsed > 0 ? sourcesDone / elapsed : 0;
        var remaining = run.Ledger.TotalSources - sourcesDone;
        TimeSpan? eta = rate > 0 ? TimeSpan.FromSeconds(remaining / rate) : null;
        return new JobProgress(run.Ledger.TotalSources, sourcesDone, counts.Succeeded, counts.Failed, run.Ledger.Reused, rate, eta, lastDocument);
    }

    private sealed record RunState(string JobId, JobRequest Request, IObjectStore Results, JobLedger Ledger, DateTimeOffset CreatedAt, Stopwatch Clock, SemaphoreSlim StateWrite);
}
