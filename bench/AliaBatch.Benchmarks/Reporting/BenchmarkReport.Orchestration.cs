using AliaBatch.Benchmarks.Orchestration;

namespace AliaBatch.Benchmarks.Reporting;

internal sealed partial class BenchmarkReport
{
    /// <summary>Median embedded wall time over median direct wall time at <paramref name="documents"/>, or null when not measured.</summary>
    private double? OrchestrationRatio(int documents)
    {
        var embedded = OrchestrationSeconds(OrchestrationMethods.Embedded, documents);
        var direct = OrchestrationSeconds(OrchestrationMethods.Direct, documents);
        return embedded is { } e && direct is { } d ? e / d : null;
    }

    private double? OrchestrationSeconds(string method, int documents) => OrchestrationMedian(method, documents, m => m.Seconds);

    private double? OrchestrationMedian(string method, int documents, Func<OrchestrationMeasurement, double?> value)
    {
        var values = (orchestration?.Measurements ?? [])
            .Where(m => m.Method == method && m.Documents == documents)
            .Select(value)
            .OfType<double>()
            .ToArray();
        return values.Length == 0 ? null : Measurement.Statistics.Median(values);
    }

    /// <summary>
    /// Where the embedded host's extra wall time at <paramref name="documents"/> goes, from the batch manifests' commit
    /// times: later first batch (start-up), fewer batches per second from the first to the last (steady state), longer
    /// after the last (tail); null when the runs lack those times.
    /// </summary>
    private OrchestrationSplit? OrchestrationDifference(int documents) =>
        (OrchestrationPhases(OrchestrationMethods.Embedded, documents), OrchestrationPhases(OrchestrationMethods.Direct, documents)) switch
        {
            ({ } e, { } d) => new OrchestrationSplit(
                e.First - d.First, (e.Rate / d.Rate - 1) * 100, (1 / e.Rate - 1 / d.Rate) * 1000, e.Tail - d.Tail),
            _ => null,
        };

    /// <summary>Medians of a method's start-up, steady-state rate and tail at <paramref name="documents"/>, or null when not measured.</summary>
    private (double First, double Rate, double Tail)? OrchestrationPhases(string method, int documents) =>
        (OrchestrationMedian(method, documents, m => m.FirstBatchDoneSeconds),
         OrchestrationMedian(method, documents, m => m.SteadyBatchesPerSecond),
         OrchestrationMedian(method, documents, m => m.TailSeconds)) switch
        {
            ({ } first, { } rate, { } tail) => (first, rate, tail),
            _ => null,
        };

    private void WriteOrchestration()
    {
        _text.AppendLine("## Orchestration: embedded host vs a direct loop").AppendLine();
        if (orchestration is null)
        {
            _text.AppendLine("Not measured in this run (`orchestration.json` missing).").AppendLine();
            return;
        }

        _text.AppendLine(s_invariant, $"The same job — N small Spanish `.txt` documents, a one-sentence extractive summary each (no model), default listing and batching settings — run two ways, each in a fresh process so the peak resident set (VmHWM) is the job's own, with the runtime settings of `aliabatch` (dynamic PGO off, `DOTNET_TieredPGO=0`, for both); {orchestration.ParallelDocuments} batches in flight in both:")
            .AppendLine()
            .AppendLine("- Embedded: `EmbeddedJobHost.RunAsync`, what `aliabatch run` does: `JobOrchestrator` and `BatchGroupOrchestrator` on the in-memory Durable Task backend with a Durable Task Core worker in the same process.")
            .AppendLine("- Direct: a plain loop over the same activity classes (list and plan a page, process its batches in parallel, finalize) with no Durable Task at all: the floor the durable machinery is measured against.")
            .AppendLine()
            .AppendLine(s_invariant, $"Documents and results in `{orchestration.WorkDirectory ?? "the temporary folder"}`: tmpfs where the machine has `/dev/shm`, so the file system's state (recent deletions make file creation on these VMs' ext4 several times slower) is the same for every run and what differs is the host. CPU, JIT and allocation are the process's during the job (medians).")
            .AppendLine()
            .AppendLine("| Documents | Method | Wall time (s) | Documents/s | CPU (s) | JIT methods | JIT (s) | Allocated (MiB) | Peak memory (MiB) | Largest job history | Largest group history |")
            .AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var group in orchestration.Measurements.GroupBy(m => (m.Documents, m.Method)).OrderBy(g => g.Key.Documents).ThenBy(g => g.Key.Method, StringComparer.Ordinal))
        {
            var seconds = Measurement.Statistics.Median([.. group.Select(m => m.Seconds)]);
            var cpu = Measurement.Statistics.Median([.. group.Select(m => m.CpuSeconds)]);
            var jitMethods = Measurement.Statistics.Median([.. group.Select(m => (double)m.JitMethods)]);
            var jit = Measurement.Statistics.Median([.. group.Select(m => m.JitSeconds)]);
            var allocated = Measurement.Statistics.Median([.. group.Select(m => m.AllocatedBytes / (1024.0 * 1024))]);
            var peak = group.Max(m => m.PeakWorkingSetBytes) / (1024.0 * 1024);
            var job = group.Select(m => m.LargestJobHistory).Max();
            var groupHistory = group.Select(m => m.LargestGroupHistory).Max();
            _text.AppendLine(s_invariant, $"| {group.Key.Documents:N0} | {group.Key.Method} | {seconds:F2} | {group.Key.Documents / seconds:F0} | {cpu:F2} | {jitMethods:F0} | {jit:F2} | {allocated:F0} | {peak:F0} | {(job is { } j ? j.ToString(s_invariant) : "—")} | {(groupHistory is { } h ? h.ToString(s_invariant) : "—")} |");
        }

        _text.AppendLine();
        foreach (var documents in orchestration.Measurements.Select(m => m.Documents).Distinct().Order())
        {
            _text.AppendLine(s_invariant, $"- {documents:N0} documents: embedded / direct wall time = {Format(OrchestrationRatio(documents))}.");
        }

        _text.AppendLine().AppendLine(s_invariant, $"Medians of {orchestration.Runs} measured run(s) per method and size; peak memory is the largest of them.").AppendLine();
        WriteOrchestrationSplit();
    }

    /// <summary>
    /// The runs split at the first and the last batch manifest: what the durable machinery costs once (start-up, tail)
    /// and per batch (steady state).
    /// </summary>
    private void WriteOrchestrationSplit()
    {
        var split = orchestration!.Measurements.Where(m => m.Batches > 1).ToArray();
        if (split.Length == 0)
        {
            return;
        }

        _text.AppendLine("### Where the difference goes")
            .AppendLine()
            .AppendLine("Each batch writes its manifest last; the results store of every run notes when each manifest was committed, on the job's clock. The first splits off the start-up (the host's first dispatches and the first batch, all code still cold), the last the tail (the job manifest and noticing completion); in between, batches per second is the steady state.")
            .AppendLine()
            .AppendLine("| Documents | Method | Batches | First batch done (s) | Batches/s, first to last batch | After the last batch (s) |")
            .AppendLine("|---:|---|---:|---:|---:|---:|");
        foreach (var group in split.GroupBy(m => (m.Documents, m.Method)).OrderBy(g => g.Key.Documents).ThenBy(g => g.Key.Method, StringComparer.Ordinal))
        {
            if (OrchestrationPhases(group.Key.Method, group.Key.Documents) is { } phases)
            {
                _text.AppendLine(s_invariant, $"| {group.Key.Documents:N0} | {group.Key.Method} | {group.Max(m => m.Batches)} | {phases.First:F3} | {phases.Rate:F1} | {phases.Tail:F3} |");
            }
        }

        _text.AppendLine();
        foreach (var documents in split.Select(m => m.Documents).Distinct().Order())
        {
            if (OrchestrationDifference(documents) is { } d)
            {
                _text.AppendLine(s_invariant, $"- {documents:N0} documents, embedded against direct: first batch {Seconds(d.StartUpSeconds)}, steady state {Percent(d.SteadyPercent)} batches/s ({Signed(d.PerBatchMilliseconds)} ms of wall time per batch), tail {Seconds(d.TailSeconds)}.");
            }
        }

        _text.AppendLine().AppendLine("Medians per method and size, each figure on its own.").AppendLine();
    }

    private static string Seconds(double value) => Signed(value) + " s";

    // Rounds before formatting, so a value that rounds to zero prints 0.00, never -0.00.
    private static string Signed(double value) => Math.Round(value, 2).ToString("+0.00;-0.00;0.00", s_invariant);
}
