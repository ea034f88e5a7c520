using AliaBatch.Core.Storage;

namespace AliaBatch.Orchestration.Tests.Dispatch;

/// <summary>A results store whose batch-manifest writes fail with an <see cref="IOException"/>, as a flaky disk or account would.</summary>
internal sealed class ManifestWriteFailingStore(IObjectStore inner) : IObjectStore
{
    public string Location => inner.Location;

    public IAsyncEnumerable<ObjectInfo> ListAsync(string prefix = "", CancellationToken cancellationToken = default) => inner.ListAsync(prefix, cancellationToken);

    public Task<ObjectInfo?> GetInfoAsync(string path, CancellationToken cancellationToken = default) => inner.GetInfoAsync(path, cancellationToken);

    public Task<Stream> OpenReadAsync(string path, CancellationToken cancellationToken = default) => inner.OpenReadAsync(path, cancellationToken);

    public Task<ObjectInfo> WriteAsync(string path, Func<Stream, CancellationToken, Task> writeContent, ObjectWriteOptions? options = null, CancellationToken cancellationToken = default) =>
        path.Contains("/_batches/", StringComparison.Ordinal)
            ? throw new IOException("The device is not ready.")
            : inner.WriteAsync(path, writeContent, options, cancellationToken);

    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default) => inner.DeleteAsync(path, cancellationToken);
}
