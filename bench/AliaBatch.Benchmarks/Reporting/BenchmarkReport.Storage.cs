using AliaBatch.Benchmarks.Storage;

namespace AliaBatch.Benchmarks.Reporting;

internal sealed partial class BenchmarkReport
{
    /// <summary>
    /// The layer's overhead per workload: in each process, its median time per object over the plain SDK's; the median
    /// of that over the processes.
    /// </summary>
    private IEnumerable<(string Label, double Percent)> StorageOverheads() =>
        StorageWorkloads().Select(w => (w.Label, Measurement.Statistics.Median([.. w.Processes.Select(m => Overhead(m.LayerMilliseconds, m.SdkMilliseconds))])));

    /// <summary>The largest gap between the two identical SDK paths over the workloads (median over processes), either way.</summary>
    private double? StorageResolution() => StorageWorkloads().Select(w => (double?)Math.Abs(Measurement.Statistics.Median([.. w.Processes.Select(m => Overhead(m.ControlMilliseconds, m.SdkMilliseconds))]))).Max();

    /// <summary>Each workload with its measurement from every process, in the order they ran.</summary>
    private IEnumerable<(string Label, IReadOnlyList<StorageMeasurement> Processes)> StorageWorkloads() =>
        (storage?.Processes ?? [])
            .SelectMany(p => p.Measurements)
            .GroupBy(Label)
            .Select(g => (g.Key, (IReadOnlyList<StorageMeasurement>)[.. g]));

    private void WriteStorage()
    {
        _text.AppendLine("## Storage: blob layer vs plain SDK calls (Azurite)").AppendLine();
        if (storage is null)
        {
            _text.AppendLine("Not measured in this run (`storage.json` missing).").AppendLine();
            return;
        }

        _text.AppendLine(s_invariant, $"{storage.Processes.Count} fresh processes, each with its own private Azurite blob service (in-memory persistence) on loopback and one shared `BlobServiceClient`; objects are written and read one after another, three paths taking turns object by object (which one goes first rotates), each object timed on its own; {storage.Runs} measured runs per process after one warm-up run.")
            .AppendLine()
            .AppendLine("- upload (bytes in hand): layer `BlobObjectStore.WriteAsync(path, Stream)` with a `MemoryStream` over the bytes (a seekable source goes to the SDK's upload as it is: one Put Blob at these sizes); SDK `BlobClient.UploadAsync(BinaryData, overwrite: true)`.")
            .AppendLine(s_invariant, $"- upload from a writer (content produced by a serializer, handed over {StorageBenchmark.WriterChunkBytes / 1024} KiB per write): layer `BlobObjectStore.WriteAsync(path, writer)` (the bytes buffered once in pooled memory, then one atomic Put Blob up to 4 MiB; larger content stages 4 MiB blocks and commits the block list); SDK: the writer fills a `MemoryStream`, then `BlobClient.UploadAsync(stream, overwrite: true)`.")
            .AppendLine("- download: layer `OpenReadAsync`, SDK `BlobClient.DownloadStreamingAsync`, each copied to a buffer of the object's size.")
            .AppendLine("- Control: the SDK path again, on a third container. It runs the same code as the SDK path, so the gap between the two is this machine's noise: the resolution of the layer's figure.")
            .AppendLine()
            .AppendLine("In each process the overhead is the layer's median time per object over the SDK's (a pause of the machine or of Azurite's garbage collector during one object does not decide it); the table gives the median over the processes, then each process's figure. The last column compares mean times per object over all processes, which such pauses do move.")
            .AppendLine()
            .AppendLine("| Workload | Objects timed per path | Layer (ms/object) | SDK (ms/object) | Control (ms/object) | Layer overhead | per process | Control vs SDK | per process | Layer overhead, means |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---|---:|---|---:|");
        foreach (var (label, processes) in StorageWorkloads())
        {
            var layer = processes.SelectMany(m => m.LayerMilliseconds).ToArray();
            var sdk = processes.SelectMany(m => m.SdkMilliseconds).ToArray();
            var control = processes.SelectMany(m => m.ControlMilliseconds).ToArray();
            var overheads = processes.Select(m => Overhead(m.LayerMilliseconds, m.SdkMilliseconds)).ToArray();
            var drifts = processes.Select(m => Overhead(m.ControlMilliseconds, m.SdkMilliseconds)).ToArray();
            _text.AppendLine(s_invariant, $"| {label} | {layer.Length:N0} | {Measurement.Statistics.Median(layer):F2} | {Measurement.Statistics.Median(sdk):F2} | {Measurement.Statistics.Median(control):F2} | {Percent(Measurement.Statistics.Median(overheads))} | {string.Join(", ", overheads.Select(Percent))} | {Percent(Measurement.Statistics.Median(drifts))} | {string.Join(", ", drifts.Select(Percent))} | {Percent(((layer.Average() / sdk.Average()) - 1) * 100)} |");
        }

        _text.AppendLine();
    }

    private static string Label(StorageMeasurement m) => $"{m.Operation} {m.Count} × {FormatSize(m.SizeBytes)}";

    private static double Overhead(IReadOnlyList<double> path, IReadOnlyList<double> sdk) =>
        ((Measurement.Statistics.Median(path) / Measurement.Statistics.Median(sdk)) - 1) * 100;

    // Rounded first, so a value that rounds to zero prints as 0.0% rather than with a sign.
    private static string Percent(double percent) => Math.Round(percent, 1).ToString("+0.0;-0.0;0.0", s_invariant) + "%";

    private static string FormatSize(int bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024 * 1024)).ToString(s_invariant) + " MiB"
        : (bytes / 1024).ToString(s_invariant) + " KiB";
}
