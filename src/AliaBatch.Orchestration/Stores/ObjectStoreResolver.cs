using System.Collections.Concurrent;
using AliaBatch.Core.Storage;
using AliaBatch.Storage;
using Microsoft.Extensions.Options;

namespace AliaBatch.Orchestration.Stores;

/// <summary>
/// Opens the store a <see cref="StoreReference"/> names: a folder, a container of the configured account
/// (<see cref="StorageOptions"/>), or a store attached by an in-process host. Activities resolve their stores here, so
/// payloads stay references.
/// </summary>
public sealed class ObjectStoreResolver(IOptions<StorageOptions> storage)
{
    private readonly ConcurrentDictionary<string, IObjectStore> _attached = new(StringComparer.Ordinal);

    /// <summary>
    /// Makes an existing store reachable by reference from this process's activities until
    /// <see cref="Detach(StoreReference)"/>; <paramref name="prefix"/> is applied when it is resolved.
    /// </summary>
    public StoreReference Attach(IObjectStore store, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var key = Guid.NewGuid().ToString("N");
        _attached[key] = store;
        return new StoreReference(StoreKind.Attached, key, prefix);
    }

    /// <summary>Forgets an attached store; returns false when it was not attached.</summary>
    public bool Detach(StoreReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.Kind == StoreKind.Attached && _attached.TryRemove(reference.Location, out _);
    }

    /// <summary>The store the reference names, below its prefix; throws <see cref="InvalidOperationException"/> for an unknown attachment.</summary>
    public IObjectStore Resolve(StoreReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var store = reference.Kind switch
        {
            StoreKind.Local => ObjectStores.ForFolder(reference.Location),
            StoreKind.Blob => ObjectStores.ForContainer(storage.Value, reference.Location),
            StoreKind.Attached => _attached.TryGetValue(reference.Location, out var attached)
                ? attached
                : throw new InvalidOperationException($"No store is attached as '{reference.Location}' in this process: attached stores work only in the host that attached them."),
            _ => throw new ArgumentOutOfRangeException(nameof(reference), reference.Kind, "Unknown store kind."),
        };
        return string.IsNullOrEmpty(reference.Prefix) ? store : new PrefixedObjectStore(store, reference.Prefix);
    }
}
