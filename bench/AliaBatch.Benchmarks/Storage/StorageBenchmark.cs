using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using AliaBatch.Storage;
using Azure.Storage.Blobs;

namespace AliaBatch.Benchmarks.Storage;

/// <summary>
/// The cost of our blob abstraction: the same uploads and downloads through <see cref="BlobObjectStore"/> and through
/// the plain SDK calls a caller would make instead, sharing one <see cref="BlobServiceClient"/> and one Azurite, taking
/// turns object by object. A third path repeats the plain SDK calls on another container: the two SDK paths run
/// identical code, so how far apart they measure is the resolution of the comparison.
/// </summary>
internal sealed class StorageBenchmark(int runs, IReadOnlyList<StorageWorkload> workloads, TextWriter progress)
{
    /// <summary>How much a serializer-style writer hands over per write (a JSON or text writer's flush).</summary>
    public const int WriterChunkBytes = 16 * 1024;

    private const int Paths = 3;

    // Every order of the three paths.
    private static readonly int[][] s_orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];

    /// <summary>The Azure.Storage.Blobs version both paths call.</summary>
    public static string SdkVersion =>
        (typeof(BlobClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown").Split('+')[0];

    public async Task<StorageProcessResults> RunAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var service = new BlobServiceClient(connectionString);
        var store = new BlobObjectStore(service.GetBlobContainerClient("bench-layer"));
        var sdk = service.GetBlobContainerClient("bench-sdk");
        var control = service.GetBlobContainerClient("bench-control");
        await sdk.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await control.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var measurements = new List<StorageMeasurement>();
        foreach (var workload in workloads)
        {
            var payload = new byte[workload.SizeBytes];
            new Random(workload.SizeBytes).NextBytes(payload);
            var prefix = workload.SizeBytes.ToString(CultureInfo.InvariantCulture);
            Func<Stream, CancellationToken, Task> writer = (stream, ct) => WriteInChunksAsync(stream, payload, ct);
            (string Name, Func<int, Task>[] Paths)[] operations =
            [
                // Bytes in hand: the layer takes them as a seekable source, the SDK as BinaryData.
                ("upload", [
                    i => store.WriteAsync($"{prefix}/m/{i}", new MemoryStream(payload, writable: false), cancellationToken: cancellationToken),
                    i => sdk.GetBlobClient($"{prefix}/m/{i}").UploadAsync(BinaryData.FromBytes(payload), overwrite: true, cancellationToken),
                    i => control.GetBlobClient($"{prefix}/m/{i}").UploadAsync(BinaryData.FromBytes(payload), overwrite: true, cancellationToken),
                ]),

                // Content produced by a writer (a serializer): the layer's atomic writer overload, against what a plain
                // SDK caller writes for it, a MemoryStream filled by the writer and uploaded.
                ("upload from a writer", [
                    i => store.WriteAsync($"{prefix}/w/{i}", writer, cancellationToken: cancellationToken),
                    i => UploadThroughMemoryAsync(sdk.GetBlobClient($"{prefix}/w/{i}"), writer, cancellationToken),
                    i => UploadThroughMemoryAsync(control.GetBlobClient($"{prefix}/w/{i}"), writer, cancellationToken),
                ]),

                // Both read the same way, into a buffer of the object's size, so only the calls differ.
                ("download", [
                    i => ReadThroughLayerAsync(store, $"{prefix}/m/{i}", workload.SizeBytes, cancellationToken),
                    i => ReadThroughSdkAsync(sdk.GetBlobClient($"{prefix}/m/{i}"), workload.SizeBytes, cancellationToken),
                    i => ReadThroughSdkAsync(control.GetBlobClient($"{prefix}/m/{i}"), workload.SizeBytes, cancellationToken),
                ]),
            ];
            var times = operations.Select(_ => NewTimes()).ToArray();
            for (var run = -1; run < runs; run++)
            {
                // Run -1 warms connections, the JIT and Azurite; it is not recorded.
                for (var operation = 0; operation < operations.Length; operation++)
                {
                    var measured = await TimeInTurnsAsync(workload.Count, run, operations[operation].Paths);
                    if (run >= 0)
                    {
                        Append(times[operation], measured);
                        progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"storage run {run + 1}/{runs} {operations[operation].Name} {workload.Count} x {workload.SizeBytes} B: layer {measured[0].Sum():F0} ms, sdk {measured[1].Sum():F0} ms, control {measured[2].Sum():F0} ms"));
                    }
                }
            }

            for (var operation = 0; operation < operations.Length; operation++)
            {
                measurements.Add(new(operations[operation].Name, workload.Count, workload.SizeBytes, times[operation][0], times[operation][1], times[operation][2]));
            }
        }

        return new StorageProcessResults(measurements);
    }

    private static List<double>[] NewTimes() => [.. Enumerable.Range(0, Paths).Select(_ => new List<double>())];

    private static void Append(List<double>[] times, double[][] run)
    {
        for (var path = 0; path < Paths; path++)
        {
            times[path].AddRange(run[path]);
        }
    }

    /// <summary>
    /// Runs every path on each object before moving to the next, cycling through every order of the paths, so each path
    /// goes first, second and last, and after each other path, equally often (load from other work on the machine, and
    /// whatever one call leaves behind for the next, fall on all paths alike); returns each path's per-object
    /// milliseconds.
    /// </summary>
    private static async Task<double[][]> TimeInTurnsAsync(int count, int run, Func<int, Task>[] paths)
    {
        var times = new double[paths.Length][];
        for (var path = 0; path < paths.Length; path++)
        {
            times[path] = new double[count];
        }

        for (var i = 0; i < count; i++)
        {
            foreach (var path in s_orders[(i + run + 1) % s_orders.Length])
            {
                var start = Stopwatch.GetTimestamp();
                await paths[path](i);
                times[path][i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }

        return times;
    }

    private static async Task WriteInChunksAsync(Stream stream, byte[] payload, CancellationToken cancellationToken)
    {
        for (var offset = 0; offset < payload.Length; offset += WriterChunkBytes)
        {
            await stream.WriteAsync(payload.AsMemory(offset, Math.Min(WriterChunkBytes, payload.Length - offset)), cancellationToken);
        }
    }

    private static async Task UploadThroughMemoryAsync(BlobClient blob, Func<Stream, CancellationToken, Task> writer, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await writer(buffer, cancellationToken);
        buffer.Position = 0;
        await blob.UploadAsync(buffer, overwrite: true, cancellationToken);
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
