using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;

namespace AliaBatch.Pipeline.Jobs;

public sealed partial class JobRunner
{
    private Checkpoints StartCheckpoints(RunState run)
    {
        var stop = new CancellationTokenSource();
        var loop = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(options.Value.CheckpointInterval, timeProvider);
            await WriteStateAsync(run, JobStatus.Running, final: false, stop.Token);
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                await WriteStateAsync(run, JobStatus.Running, final: false, stop.Token);
            }
        });
        return new Checkpoints(stop, loop);
    }

    private async Task<JobManifest> WriteStateAsync(RunState run, JobStatus status, bool final, CancellationToken cancellationToken)
    {
        await run.StateWrite.WaitAsync(cancellationToken);
        try
        {
            var now = timeProvider.GetUtcNow();
            var manifest = new JobManifest
            {
                JobId = run.JobId,
                Status = status,
                Request = run.Request,
                Counts = run.Ledger.Counts(),
                ProcessedThisRun = run.Ledger.ProcessedThisRun,
                Host = HostName,
                CreatedAt = run.CreatedAt,
                UpdatedAt = now,
                CompletedAt = final ? now : null,
                ProducerVersion = s_version,
            };
            await run.Results.WriteTextAsync(ResultLayout.Index(run.JobId), run.Ledger.IndexText(), new ObjectWriteOptions { ContentType = "application/x-ndjson" }, cancellationToken);
            await run.Results.WriteJsonAsync(ResultLayout.Manifest(run.JobId), manifest, cancellationToken: cancellationToken);
            return manifest;
        }
        finally
        {
            run.StateWrite.Release();
        }
    }

    /// <summary>The background loop that keeps the manifest and index current; disposing stops it.</summary>
    private sealed class Checkpoints(CancellationTokenSource stop, Task loop) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            try
            {
                await loop;
            }
            catch (OperationCanceledException)
            {
                // The loop ends by cancellation.
            }
            finally
            {
                stop.Dispose();
            }
        }
    }
}
