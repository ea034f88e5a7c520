namespace AliaBatch.Orchestration.Stores;

/// <summary>How a <see cref="StoreReference"/> names its store.</summary>
public enum StoreKind
{
    /// <summary>A folder on the local file system; the location is its path.</summary>
    Local,

    /// <summary>A blob container in the configured storage account; the location is the container name.</summary>
    Blob,

    /// <summary>
    /// A store object attached to this process's <see cref="ObjectStoreResolver"/>; the location is its key. Valid only
    /// inside the process that attached it, which is what the embedded host is.
    /// </summary>
    Attached,
}
