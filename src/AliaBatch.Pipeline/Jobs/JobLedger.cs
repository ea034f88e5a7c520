using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using AliaBatch.Core.Results;
using AliaBatch.Core.Serialization;

namespace AliaBatch.Pipeline.Jobs;

/// <summary>
/// The running account of a job: each document's outcome and index lines, from which counts, progress and
/// <c>index.jsonl</c> are derived. Thread-safe; documents may finish in any order.
/// </summary>
internal sealed class JobLedger(int totalSources)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private int _sourcesDone;

    public int TotalSources => totalSources;

    public int SourcesDone => Volatile.Read(ref _sourcesDone);

    public void RecordSourceDone() => Interlocked.Increment(ref _sourcesDone);

    public void Record(DocumentResult result, bool reused)
    {
        _entries[result.Source.Path] = new Entry(result.Status, reused, JobOutputs.IndexLines(result));
    }

    public void RecordCancelled(string path) =>
        _entries.TryAdd(path, new Entry(DocumentStatus.Cancelled, false, [JobOutputs.CancelledLine(path)]));

    public JobCounts Counts()
    {
        int succeeded = 0, failed = 0, skipped = 0, cancelled = 0;
        foreach (var entry in _entries.Values)
        {
            switch (entry.Status)
            {
                case DocumentStatus.Succeeded: succeeded++; break;
                case DocumentStatus.Failed: failed++; break;
                case DocumentStatus.Skipped: skipped++; break;
                case DocumentStatus.Cancelled: cancelled++; break;
            }
        }

        return new JobCounts(Math.Max(_entries.Count, totalSources), succeeded, failed, skipped, cancelled);
    }

    public int Reused => _entries.Values.Count(e => e.Reused);

    public int ProcessedThisRun => _entries.Values.Count(e => !e.Reused && e.Status != DocumentStatus.Cancelled);

    public string IndexText()
    {
        var builder = new StringBuilder();
        foreach (var (_, entry) in _entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            foreach (var line in entry.Lines)
            {
                builder.Append(JsonSerializer.Serialize(line, AliaBatchJson.Compact)).Append('\n');
            }
        }

        return builder.ToString();
    }

    private sealed record Entry(DocumentStatus Status, bool Reused, IReadOnlyList<IndexLine> Lines);
}
