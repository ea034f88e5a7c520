using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using AliaBatch.Storage;
using Azure.Storage.Blobs;

namespace AliaBatch.Benchmarks.Storage;

/// <summary>
/// The cost of our blob abstraction: the same uploads and downloads through <see cref="BlobObjectStore"/>
/// (<c>WriteAsync</c>, <c>OpenReadAsync</c>) and through plain SDK calls (<c>BlobClient.UploadAsync</c>,
/// <c>DownloadStreamingAsync</c>), sharing one <see cref="BlobServiceClient"/> and one Azurite, taking turns object by
/// object. Both downloads copy into the same pre-sized buffer, so only the calls differ.
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
            var layerUploads = new List<double>();
            var sdkUploads = new List<double>();
            var layerDownloads = new List<double>();
            var sdkDownloads = new List<double>();
            for (var run = -1; run < runs; run++)
            {
                // Run -1 warms connections, the JIT and Azurite; it is not recorded.
                var (layerUpload, sdkUpload) = await TimePairsAsync(
                    workload.Count,
                    run,
                    i => store.WriteAsync($"{prefix}/{i}", (s, ct) => s.WriteAsync(payload, ct).AsTask(), cancellationToken: cancellationToken),
                    i => sdk.GetBlobClient($"{prefix}/{i}").UploadAsync(BinaryData.FromBytes(payload), overwrite: true, cancellationToken));
                var (layerDownload, sdkDownload) = await TimePairsAsync(
                    workload.Count,
                    run,
                    i => ReadThroughLayerAsync(store, $"{prefix}/{i}", workload.SizeBytes, cancellationToken),
                    i => ReadThroughSdkAsync(sdk.GetBlobClient($"{prefix}/{i}"), workload.SizeBytes, cancellationToken));
                if (run >= 0)
                {
                    layerUploads.Add(layerUpload);
                    sdkUploads.Add(sdkUpload);
                    layerDownloads.Add(layerDownload);
                    sdkDownloads.Add(sdkDownload);
                    progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"storage run {run + 1}/{runs} {workload.Count} x {workload.SizeBytes} B: upload layer {layerUpload * 1000:F0} ms, sdk {sdkUpload * 1000:F0} ms; download layer {layerDownload * 1000:F0} ms, sdk {sdkDownload * 1000:F0} ms"));
                }
            }

            measurements.Add(new("upload", workload.Count, workload.SizeBytes, layerUploads, sdkUploads));
            measurements.Add(new("download", workload.Count, workload.SizeBytes, layerDownloads, sdkDownloads));
        }

        var version = typeof(BlobClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        return new StorageResults(runs, version.Split('+')[0], measurements);
    }

    /// <summary>
    /// Runs the two paths object by object, alternating which goes first, so load from other work on the machine
    /// falls on both alike; returns each path's total time.
    /// </summary>
    private static async Task<(double Layer, double Sdk)> TimePairsAsync(int count, int run, Func<int, Task> layer, Func<int, Task> sdk)
    {
        var layerTicks = 0L;
        var sdkTicks = 0L;
        for (var i = 0; i < count; i++)
        {
            if ((i + run) % 2 == 0)
            {
                layerTicks += await TimeAsync(layer, i);
                sdkTicks += await TimeAsync(sdk, i);
            }
            else
            {
                sdkTicks += await TimeAsync(sdk, i);
                layerTicks += await TimeAsync(layer, i);
            }
        }

        return ((double)layerTicks / Stopwatch.Frequency, (double)sdkTicks / Stopwatch.Frequency);
    }

    private static async Task<long> TimeAsync(Func<int, Task> operation, int i)
    {
        var start = Stopwatch.GetTimestamp();
        await operation(i);
        return Stopwatch.GetTimestamp() - start;
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
