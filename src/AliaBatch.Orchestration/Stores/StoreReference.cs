using AliaBatch.Core.Jobs;

namespace AliaBatch.Orchestration.Stores;

/// <summary>
/// A serialisable name for an object store, carried in orchestration and activity payloads instead of the store (or
/// any document text). <see cref="ObjectStoreResolver"/> turns it back into an <c>IObjectStore</c>.
/// </summary>
/// <param name="Kind">How <paramref name="Location"/> is read.</param>
/// <param name="Location">Folder path, container name or attachment key.</param>
/// <param name="Prefix">A folder inside the store that paths are relative to, if any.</param>
public sealed record StoreReference(StoreKind Kind, string Location, string? Prefix = null)
{
    /// <summary>A local folder.</summary>
    public static StoreReference Local(string path, string? prefix = null) => new(StoreKind.Local, path, prefix);

    /// <summary>A blob container.</summary>
    public static StoreReference Blob(string container, string? prefix = null) => new(StoreKind.Blob, container, prefix);

    /// <summary>The source a job request names: its folder or container, and its prefix.</summary>
    public static StoreReference ForSource(JobSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Kind == SourceKind.Blob
            ? Blob(source.Container ?? throw new ArgumentException("A blob source needs source.container.", nameof(source)), source.Prefix)
            : Local(source.Path ?? throw new ArgumentException("A local source needs source.path.", nameof(source)), source.Prefix);
    }
}
