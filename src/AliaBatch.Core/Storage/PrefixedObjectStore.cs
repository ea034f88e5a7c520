using System.Runtime.CompilerServices;

namespace AliaBatch.Core.Storage;

/// <summary>A view of a store below a folder prefix: paths are relative to the prefix, like a subfolder.</summary>
public sealed class PrefixedObjectStore : IObjectStore
{
    private readonly IObjectStore _inner;
    private readonly string _prefix;

    /// <summary>Creates the view; <paramref name="folder"/> is a folder path such as <c>agency1/drop7</c>.</summary>
    public PrefixedObjectStore(IObjectStore inner, string folder)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        var normalized = ObjectPath.NormalizePrefix(folder).TrimEnd('/');
        _prefix = normalized.Length == 0 ? string.Empty : normalized + "/";
    }

    /// <inheritdoc />
    public string Location => _prefix.Length == 0 ? _inner.Location : $"{_inner.Location.TrimEnd('/')}/{_prefix.TrimEnd('/')}";

    /// <inheritdoc />
    public async IAsyncEnumerable<ObjectInfo> ListAsync(string prefix = "", [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var info in _inner.ListAsync(_prefix + ObjectPath.NormalizePrefix(prefix), cancellationToken))
        {
            yield return info with { Path = info.Path[_prefix.Length..] };
        }
    }

    /// <inheritdoc />
    public async Task<ObjectInfo?> GetInfoAsync(string path, CancellationToken cancellationToken = default) =>
        await _inner.GetInfoAsync(Full(path), cancellationToken) is { } info ? info with { Path = ObjectPath.Normalize(path) } : null;

    /// <inheritdoc />
    public async Task<Stream> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            return await _inner.OpenReadAsync(Full(path), cancellationToken);
        }
        catch (ObjectNotFoundException exception)
        {
            throw new ObjectNotFoundException(Location, ObjectPath.Normalize(path), exception);
        }
    }

    /// <inheritdoc />
    public Task<Stream?> OpenReadIfExistsAsync(string path, CancellationToken cancellationToken = default) =>
        _inner.OpenReadIfExistsAsync(Full(path), cancellationToken);

    /// <inheritdoc />
    public Task<ObjectInfo> WriteAsync(string path, Func<Stream, CancellationToken, Task> writeContent, ObjectWriteOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteBelowPrefixAsync(path, full => _inner.WriteAsync(full, writeContent, options, cancellationToken));

    /// <inheritdoc />
    public Task<ObjectInfo> WriteAsync(string path, Stream content, ObjectWriteOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteBelowPrefixAsync(path, full => _inner.WriteAsync(full, content, options, cancellationToken));

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        _inner.DeleteAsync(Full(path), cancellationToken);

    private string Full(string path) => _prefix + ObjectPath.Normalize(path);

    // Paths in the returned info and in errors are the caller's, relative to the prefix.
    private async Task<ObjectInfo> WriteBelowPrefixAsync(string path, Func<string, Task<ObjectInfo>> write)
    {
        var relative = ObjectPath.Normalize(path);
        try
        {
            return await write(_prefix + relative) with { Path = relative };
        }
        catch (ObjectAlreadyExistsException exception)
        {
            throw new ObjectAlreadyExistsException(Location, relative, exception);
        }
    }
}
