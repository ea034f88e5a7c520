namespace AliaBatch.Benchmarks.Reporting;

internal sealed partial class BenchmarkReport
{
    private IEnumerable<(string Label, double Percent)> StorageOverheads() =>
        (storage?.Measurements ?? []).Select(m => (
            $"{m.Operation} {m.Count} × {FormatSize(m.SizeBytes)}",
            ((Measurement.Statistics.Median([.. m.LayerSeconds]) / Measurement.Statistics.Median([.. m.SdkSeconds])) - 1) * 100));

    private void WriteStorage()
    {
        _text.AppendLine("## Storage: blob layer vs plain SDK calls (Azurite)").AppendLine();
        if (storage is null)
        {
            _text.AppendLine("Not measured in this run (`storage.json` missing).").AppendLine();
            return;
        }

        _text.AppendLine("One private Azurite blob service (in-memory persistence) on loopback, one shared `BlobServiceClient`; objects are written and read one after another, the two paths taking turns object by object (which one goes first alternates), and each path's time is the sum over its objects.")
            .AppendLine()
            .AppendLine("- Layer: `BlobObjectStore.WriteAsync` (the writer's bytes buffered once in pooled memory, then one atomic Put Blob for objects up to 4 MiB — larger ones stage 4 MiB blocks and commit the block list; the `ObjectInfo` comes from the response) and `OpenReadAsync` copied to a buffer of the object's size.")
            .AppendLine("- SDK: `BlobClient.UploadAsync(BinaryData, overwrite: true)` (a single Put Blob for these sizes) and `BlobClient.DownloadStreamingAsync` copied to a buffer of the object's size, the same way.")
            .AppendLine()
            .AppendLine("| Workload | Layer median (ms) | SDK median (ms) | Layer per object (ms) | SDK per object (ms) | Overhead |")
            .AppendLine("|---|---:|---:|---:|---:|---:|");
        var overheads = StorageOverheads().ToArray();
        for (var i = 0; i < storage.Measurements.Count; i++)
        {
            var m = storage.Measurements[i];
            var layer = Measurement.Statistics.Median([.. m.LayerSeconds]) * 1000;
            var sdk = Measurement.Statistics.Median([.. m.SdkSeconds]) * 1000;
            _text.AppendLine(s_invariant, $"| {overheads[i].Label} | {FormatMedian([.. m.LayerSeconds])} | {FormatMedian([.. m.SdkSeconds])} | {layer / m.Count:F2} | {sdk / m.Count:F2} | {overheads[i].Percent:+0.0;-0.0}% |");
        }

        _text.AppendLine().AppendLine(s_invariant, $"Medians of {storage.Runs} measured runs after one warm-up run.").AppendLine();
    }

    private static string FormatSize(int bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024 * 1024)).ToString(s_invariant) + " MiB"
        : (bytes / 1024).ToString(s_invariant) + " KiB";
}
