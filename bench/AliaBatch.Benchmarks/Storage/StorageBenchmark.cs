using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using AliaBatch.Storage;
using Azure.Storage.Blobs;

namespace AliaBatch.Benchmarks.Storage;

/// <summary>
/// The cost of our blob abstraction: the same uploads and downloads through <see cref="BlobObjectStore"/>
/// (<c>WriteAsync</c>, <c>OpenReadAsync</c>) and through plain SDK calls (<c>BlobClient.UploadAsync</c>,
/// <c>DownloadStreamingAsync</c>), sharing one <see cref="BlobServiceClient"/> and one Azurite, taking turns each run.
/// Both downloads copy into the same pre-sized buffer, so only the calls differ.
/// </summary>
internal sealed class StorageBenchmark(int runs, IReadOnlyList<StorageWorkload> workloads, TextWriter progress)
{
    public async Task<StorageResults> RunAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var service = new BlobServiceClient(connectionString);
        var store = new BlobObjectStore(service.GetBlobContainerClient("bench-layer"));
        var sdk = service.GetBlobContainerClient("bench-sdk");
        await sdk.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var measurements = new List<StorageMeasurement>();
        foreach (var workload in workloads)
        {
            var payload = new byte[workload.SizeBytes];
            new Random(workload.SizeBytes).NextBytes(payload);
            var prefix = workload.SizeBytes.ToString(CultureInfo.InvariantCulture);
            var timings = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            for (var run = -1; run < runs; run++)
            {
                // Run -1 warms connections, the JIT and Azurite; it is not recorded.
                var steps = new (string Key, Func<int, Task> Operation)[]
                {
                    ("upload-layer", i => store.WriteAsync($"{prefix}/{i}", (s, ct) => s.WriteAsync(payload, ct).AsTask(), cancellationToken: cancellationToken)),
                    ("upload-sdk", i => sdk.GetBlobClient($"{prefix}/{i}").UploadAsync(BinaryData.FromBytes(payload), overwrite: true, cancellationToken)),
                    ("download-layer", i => ReadThroughLayerAsync(store, $"{prefix}/{i}", workload.SizeBytes, cancellationToken)),
                    ("download-sdk", i => ReadThroughSdkAsync(sdk.GetBlobClient($"{prefix}/{i}"), workload.SizeBytes, cancellationToken)),
                };
                var order = run % 2 == 0 ? steps : [steps[1], steps[0], steps[3], steps[2]];
                foreach (var (key, operation) in order)
                {
                    var seconds = await TimeAsync(workload.Count, operation);
                    if (run >= 0)
                    {
                        (timings.TryGetValue(key, out var list) ? list : timings[key] = []).Add(seconds);
                        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"storage run {run + 1}/{runs} {key} {workload.Count} x {workload.SizeBytes} B: {seconds * 1000:F0} ms"));
                    }
                }
            }

            measurements.Add(new("upload", workload.Count, workload.SizeBytes, timings["upload-layer"], timings["upload-sdk"]));
            measurements.Add(new("download", workload.Count, workload.SizeBytes, timings["download-layer"], timings["download-sdk"]));
        }

        var version = typeof(BlobClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        return new StorageResults(runs, version.Split('+')[0], measurements);
    }

    private static async Task<double> TimeAsync(int count, Func<int, Task> operation)
    {
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await operation(i);
        }

        return stopwatch.Elapsed.TotalSeconds;
    }

    private static async Task ReadThroughLayerAsync(BlobObjectStore store, string path, int size, CancellationToken cancellationToken)
    {
        await using var stream = await store.OpenReadAsync(path, cancellationToken);
        await CopyToMemoryAsync(stream, size, cancellationToken);
    }

    // The same Get Blob the layer sends, read the same way: DownloadContentAsync would add its own growing buffer
    // (BinaryData.FromStreamAsync over a stream of unknown length), which measured the consumer's copy, not the layer.
    private static async Task ReadThroughSdkAsync(BlobClient blob, int size, CancellationToken cancellationToken)
    {
        var download = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken);
        await using var stream = download.Value.Content;
        await CopyToMemoryAsync(stream, size, cancellationToken);
    }

    private static async Task CopyToMemoryAsync(Stream stream, int size, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream(size);
        await stream.CopyToAsync(buffer, cancellationToken);
    }
}
