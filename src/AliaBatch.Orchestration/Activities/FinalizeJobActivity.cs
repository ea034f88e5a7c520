using System.Reflection;
using System.Text;
using System.Text.Json;
using AliaBatch.Core.Results;
using AliaBatch.Core.Serialization;
using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Pipeline;
using AliaBatch.Pipeline.Jobs;
using Microsoft.DurableTask;

namespace AliaBatch.Orchestration.Activities;

/// <summary>
/// Aggregates a run's batch manifests (the source of truth for what is done) into <c>index.jsonl</c> and the final
/// <c>_job.json</c>. For a cancelled run it lists the source again and records every source object without a batch
/// outcome as cancelled, so nothing asked for disappears silently. Idempotent: it only reads manifests and rewrites
/// the two files.
/// </summary>
public sealed class FinalizeJobActivity(ObjectStoreResolver stores, TimeProvider timeProvider) : TaskActivity<FinalizeJobInput, JobOrchestrationResult>
{
    private static readonly string s_version =
        typeof(FinalizeJobActivity).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <inheritdoc />
    public override async Task<JobOrchestrationResult> RunAsync(TaskActivityContext context, FinalizeJobInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var job = input.Job;
        var results = stores.Resolve(job.Results);
        var covered = new HashSet<string>(StringComparer.Ordinal);
        var entries = new SortedDictionary<string, Entry>(StringComparer.Ordinal);
        await foreach (var info in results.ListAsync(BatchLayout.RunFolder(job.JobId, job.RunId)))
        {
            if (await results.ReadJsonOrDefaultAsync<BatchManifest>(info.Path) is not { } batch)
            {
                continue;
            }

            foreach (var document in batch.Documents)
            {
                covered.Add(document.Source);
                foreach (var group in document.Lines.GroupBy(l => l.Document, StringComparer.Ordinal))
                {
                    entries[group.Key] = new Entry(document.Reused, [.. group]);
                }
            }
        }

        if (input.Cancelled)
        {
            await AddCancelledAsync(input, covered, entries);
        }

        var counts = Count(entries.Values, covered.Count);
        var processed = entries.Values.Count(e => !e.Reused && e.Status != DocumentStatus.Cancelled);
        var status = JobOutputs.FinalStatus(counts, input.Cancelled);
        var now = timeProvider.GetUtcNow();
        var manifest = new JobManifest
        {
            JobId = job.JobId,
            Status = status,
            Request = input.Request,
            Counts = counts,
            ProcessedThisRun = processed,
            Host = input.HostName,
            CreatedAt = input.CreatedAt,
            UpdatedAt = now,
            CompletedAt = now,
            ProducerVersion = s_version,
        };
        await results.WriteTextAsync(ResultLayout.Index(job.JobId), IndexText(entries.Values), new ObjectWriteOptions { ContentType = "application/x-ndjson" });
        await results.WriteJsonAsync(ResultLayout.Manifest(job.JobId), manifest);
        return new JobOrchestrationResult(job.JobId, status, counts, processed);
    }

    private async Task AddCancelledAsync(FinalizeJobInput input, HashSet<string> covered, SortedDictionary<string, Entry> entries)
    {
        var source = stores.Resolve(input.Source);
        var documents = input.Request.Source.Documents is { } listed
            ? listed.Select(ObjectPath.Normalize).Distinct(StringComparer.Ordinal).ToAsyncEnumerable()
            : source.ListAsync().Select(i => i.Path).Where(p => !ResultLayout.IsIgnoredSource(p));
        await foreach (var path in documents)
        {
            if (covered.Add(path))
            {
                entries.TryAdd(path, new Entry(false, [JobOutputs.CancelledLine(path)]));
            }
        }
    }

    private static JobCounts Count(IEnumerable<Entry> entries, int sources)
    {
        int total = 0, succeeded = 0, failed = 0, skipped = 0, cancelled = 0;
        foreach (var entry in entries)
        {
            total++;
            switch (entry.Status)
            {
                case DocumentStatus.Succeeded: succeeded++; break;
                case DocumentStatus.Failed: failed++; break;
                case DocumentStatus.Skipped: skipped++; break;
                case DocumentStatus.Cancelled: cancelled++; break;
            }
        }

        return new JobCounts(Math.Max(total, sources), succeeded, failed, skipped, cancelled);
    }

    private static string IndexText(IEnumerable<Entry> entries)
    {
        var builder = new StringBuilder();
        foreach (var line in entries.SelectMany(e => e.Lines))
        {
            builder.Append(JsonSerializer.Serialize(line, AliaBatchJson.Compact)).Append('\n');
        }

        return builder.ToString();
    }

    private sealed record Entry(bool Reused, IReadOnlyList<IndexLine> Lines)
    {
        public DocumentStatus Status => Lines.First(l => l.Task == IndexLine.DocumentTask).Status;
    }
}
