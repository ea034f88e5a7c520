using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using AliaBatch.Core.Storage;

namespace AliaBatch.Storage;

/// <summary>
/// An <see cref="IObjectStore"/> in this process's memory, for objects that need not outlive it: the embedded host keeps
/// a run's batch plans here, next to its in-memory orchestration state. Same contract as the other stores (atomic writes,
/// create-only writes, ordinal listing); content is copied on write, so a writer cannot change a committed object.
/// </summary>
public sealed class MemoryObjectStore(TimeProvider? timeProvider = null) : IObjectStore
{
    private readonly ConcurrentDictionary<string, StoredObject> _objects = new(StringComparer.Ordinal);
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private long _version;

    /// <inheritdoc />
    public string Location { get; } = $"memory://{Guid.NewGuid():N}";

    /// <inheritdoc />
    public async IAsyncEnumerable<ObjectInfo> ListAsync(string prefix = "", [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var normalized = ObjectPath.NormalizePrefix(prefix);
        var matches = _objects
            .Where(entry => entry.Key.StartsWith(normalized, StringComparison.Ordinal))
            .Select(entry => entry.Value.Info)
            .OrderBy(info => info.Path, StringComparer.Ordinal)
            .ToList();
        foreach (var info in matches)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return info;
        }

        await Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<ObjectInfo?> GetInfoAsync(string path, CancellationToken cancellationToken = default) =>
        Task.FromResult(_objects.TryGetValue(ObjectPath.Normalize(path), out var stored) ? stored.Info : null);

    /// <inheritdoc />
    public Task<Stream> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var normalized = ObjectPath.Normalize(path);
        return _objects.TryGetValue(normalized, out var stored)
            ? Task.FromResult<Stream>(stored.OpenRead())
            : throw new ObjectNotFoundException(Location, normalized);
    }

    /// <inheritdoc />
    public Task<Stream?> OpenReadIfExistsAsync(string path, CancellationToken cancellationToken = default) =>
        Task.FromResult<Stream?>(_objects.TryGetValue(ObjectPath.Normalize(path), out var stored) ? stored.OpenRead() : null);

    /// <inheritdoc />
    public async Task<ObjectInfo> WriteAsync(string path, Func<Stream, CancellationToken, Task> writeContent, ObjectWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writeContent);
        var normalized = ObjectPath.Normalize(path);
        var overwrite = options?.Overwrite ?? true;
        if (!overwrite && _objects.ContainsKey(normalized))
        {
            throw new ObjectAlreadyExistsException(Location, normalized);
        }

        using var buffer = new MemoryStream();
        await writeContent(buffer, cancellationToken);
        var content = buffer.ToArray();
        var version = Interlocked.Increment(ref _version);
        var stored = new StoredObject(content, new ObjectInfo(normalized, content.Length, $"\"{version:x}\"", _time.GetUtcNow()));
        if (overwrite)
        {
            _objects[normalized] = stored;
        }
        else if (!_objects.TryAdd(normalized, stored))
        {
            throw new ObjectAlreadyExistsException(Location, normalized);
        }

        return stored.Info;
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        Task.FromResult(_objects.TryRemove(ObjectPath.Normalize(path), out _));

    private sealed record StoredObject(byte[] Content, ObjectInfo Info)
    {
        public MemoryStream OpenRead() => new MemoryStream(Content, writable: false);
    }
}
