using System.Collections.Concurrent;
using System.Diagnostics;
using AliaBatch.Core.Storage;

namespace AliaBatch.Benchmarks.Orchestration;

/// <summary>
/// The results store of a measured job, passing everything through and noting when each batch manifest
/// (<c>{job}/_batches/{run}/{batch}.json</c>, written last in every batch) was committed, on the job's clock. Both
/// methods write the same manifests, so the first and the last split a run into start-up, steady state and tail.
/// </summary>
internal sealed class BatchManifestClock(IObjectStore inner, Stopwatch clock) : IObjectStore
{
    private readonly ConcurrentBag<double> _manifests = [];

    public string Location => inner.Location;

    /// <summary>Seconds on the job's clock at which each batch manifest was committed, in order.</summary>
    public IReadOnlyList<double> ManifestSeconds => [.. _manifests.Order()];

    public IAsyncEnumerable<ObjectInfo> ListAsync(string prefix = "", CancellationToken cancellationToken = default) =>
        inner.ListAsync(prefix, cancellationToken);

    public Task<ObjectInfo?> GetInfoAsync(string path, CancellationToken cancellationToken = default) =>
        inner.GetInfoAsync(path, cancellationToken);

    public Task<Stream> OpenReadAsync(string path, CancellationToken cancellationToken = default) =>
        inner.OpenReadAsync(path, cancellationToken);

    public Task<Stream?> OpenReadIfExistsAsync(string path, CancellationToken cancellationToken = default) =>
        inner.OpenReadIfExistsAsync(path, cancellationToken);

    public async Task<ObjectInfo> WriteAsync(string path, Func<Stream, CancellationToken, Task> writeContent, ObjectWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        var written = await inner.WriteAsync(path, writeContent, options, cancellationToken);
        Note(path);
        return written;
    }

    public async Task<ObjectInfo> WriteAsync(string path, Stream content, ObjectWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        var written = await inner.WriteAsync(path, content, options, cancellationToken);
        Note(path);
        return written;
    }

    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(path, cancellationToken);

    private void Note(string path)
    {
        if (path.Contains("/_batches/", StringComparison.Ordinal))
        {
            _manifests.Add(clock.Elapsed.TotalSeconds);
        }
    }
}
