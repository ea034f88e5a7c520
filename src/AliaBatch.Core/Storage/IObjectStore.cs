namespace AliaBatch.Core.Storage;

/// <summary>
/// A flat namespace of objects addressed by '/'-separated relative paths: a folder on disk or a blob container.
/// Listing streams page by page; writes are atomic (readers see the old object or the whole new one, never a part).
/// </summary>
public interface IObjectStore
{
    /// <summary>Where the store points, for messages and provenance (a folder path or a container URL).</summary>
    string Location { get; }

    /// <summary>Lists objects whose path starts with <paramref name="prefix"/> in ordinal path order, streaming.</summary>
    IAsyncEnumerable<ObjectInfo> ListAsync(string prefix = "", CancellationToken cancellationToken = default);

    /// <summary>The object's properties, or null when it does not exist.</summary>
    Task<ObjectInfo?> GetInfoAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Opens the object for reading; throws <see cref="ObjectNotFoundException"/> when it does not exist.</summary>
    Task<Stream> OpenReadAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens the object for reading, or returns null when it does not exist: the probe for objects that are usually
    /// missing (a result not written yet), which a store can answer without an exception per miss. The default opens
    /// with <see cref="OpenReadAsync"/> and turns <see cref="ObjectNotFoundException"/> into null.
    /// </summary>
    async Task<Stream?> OpenReadIfExistsAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            return await OpenReadAsync(path, cancellationToken);
        }
        catch (ObjectNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes an object atomically: <paramref name="writeContent"/> streams into a temporary object that is committed
    /// only when it completes. With <see cref="ObjectWriteOptions.Overwrite"/> false, throws
    /// <see cref="ObjectAlreadyExistsException"/> when the object exists.
    /// </summary>
    Task<ObjectInfo> WriteAsync(
        string path,
        Func<Stream, CancellationToken, Task> writeContent,
        ObjectWriteOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes an object atomically from <paramref name="content"/>, read from its current position to its end; the same
    /// guarantees as the writer overload. Stores that can hand a seekable source to the service as it is (a blob
    /// container) do so without buffering it; the default copies it through the writer overload.
    /// </summary>
    Task<ObjectInfo> WriteAsync(
        string path,
        Stream content,
        ObjectWriteOptions? options = null,
        CancellationToken cancellationToken = default) =>
        WriteAsync(path, (stream, ct) => content.CopyToAsync(stream, ct), options, cancellationToken);

    /// <summary>Deletes the object; returns false when it did not exist.</summary>
    Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default);
}
