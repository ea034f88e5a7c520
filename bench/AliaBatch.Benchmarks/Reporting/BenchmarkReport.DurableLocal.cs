using AliaBatch.Benchmarks.DurableLocal;

namespace AliaBatch.Benchmarks.Reporting;

internal sealed partial class BenchmarkReport
{
    private double? DurableLocalSeconds(string method)
    {
        var seconds = (durableLocal?.Measurements ?? []).Where(m => m.Method == method).Select(m => m.Seconds).ToArray();
        return seconds.Length == 0 ? null : Measurement.Statistics.Median(seconds);
    }

    private void WriteDurableLocal()
    {
        _text.AppendLine("## Orchestration: the durable local host on Azurite").AppendLine();
        if (durableLocal is null)
        {
            _text.AppendLine("Not measured in this run (`durable-local.json` missing).").AppendLine();
            return;
        }

        var documents = durableLocal.Measurements.Select(m => m.Documents).FirstOrDefault();
        _text.AppendLine(s_invariant, $"The same kind of job — {documents:N0} small Spanish `.txt` documents in an Azurite container, a one-sentence extractive summary each, results to another container — through the two backends, {durableLocal.ParallelDocuments} batches in flight in both, timed from scheduling the job to its completion (the hosts' start-up, including creating the task hub, is not counted):")
            .AppendLine()
            .AppendLine("- Durable local: what `aliabatch serve` runs — `JobOrchestrator` and `BatchGroupOrchestrator` on the Durable Task Azure Storage backend (control and work-item queues, History and Instances tables on Azurite), so every step is durable and a killed host resumes.")
            .AppendLine("- Embedded: what `aliabatch run` runs — the same orchestrators on the in-memory backend, reading and writing the same Azurite containers.")
            .AppendLine()
            .AppendLine("| Method | Median wall time (s) | Documents/s | Fastest run (s) |")
            .AppendLine("|---|---:|---:|---:|");
        foreach (var method in DurableLocalMethods.All)
        {
            var runs = durableLocal.Measurements.Where(m => m.Method == method).ToArray();
            if (runs.Length == 0)
            {
                continue;
            }

            var median = Measurement.Statistics.Median([.. runs.Select(m => m.Seconds)]);
            _text.AppendLine(s_invariant, $"| {method} | {median:F2} | {documents / median:F0} | {runs.Min(m => m.Seconds):F2} |");
        }

        var local = DurableLocalSeconds(DurableLocalMethods.DurableLocal);
        var embedded = DurableLocalSeconds(DurableLocalMethods.Embedded);
        _text.AppendLine()
            .AppendLine(s_invariant, $"- Durable local / embedded wall time = {Format(local / embedded)}.")
            .AppendLine()
            .AppendLine(s_invariant, $"Medians of {durableLocal.Runs} measured run(s) per method after one warm-up run of each; the methods took turns.")
            .AppendLine();
    }
}
