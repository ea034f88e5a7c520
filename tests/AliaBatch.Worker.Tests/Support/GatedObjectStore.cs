using AliaBatch.Core.Storage;
using Xunit;

namespace AliaBatch.Worker.Tests.Support;

/// <summary>A store whose reads wait until the test opens the gate: holds the worker in model preparation.</summary>
internal sealed class GatedObjectStore(IObjectStore inner) : IObjectStore
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Location => inner.Location;

    public void Open() => _gate.TrySetResult();

    public IAsyncEnumerable<ObjectInfo> ListAsync(string prefix = "", CancellationToken cancellationToken = default) => inner.ListAsync(prefix, cancellationToken);

    public async Task<ObjectInfo?> GetInfoAsync(string path, CancellationToken cancellationToken = default)
    {
        await _gate.Task.WaitAsync(cancellationToken);
        return await inner.GetInfoAsync(path, cancellationToken);
    }

    public async Task<Stream> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        await _gate.Task.WaitAsync(cancellationToken);
        return await inner.OpenReadAsync(path, cancellationToken);
    }

    public Task<ObjectInfo> WriteAsync(string path, Func<Stream, CancellationToken, Task> writeContent, ObjectWriteOptions? options = null, CancellationToken cancellationToken = default) =>
        inner.WriteAsync(path, writeContent, options, cancellationToken);

    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default) => inner.DeleteAsync(path, cancellationToken);
}
