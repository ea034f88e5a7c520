using AliaBatch.Core.Storage;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace AliaBatch.Storage;

/// <summary>Opens object stores: a folder, or a container through <see cref="StorageOptions"/>.</summary>
public static class ObjectStores
{
    /// <summary>A store over a local folder.</summary>
    public static IObjectStore ForFolder(string path) => new FileSystemObjectStore(path);

    /// <summary>A store over a blob container; throws <see cref="InvalidOperationException"/> naming the keys when storage is not configured.</summary>
    public static IObjectStore ForContainer(StorageOptions options, string container)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(container);
        return new BlobObjectStore(ServiceClient(options).GetBlobContainerClient(container));
    }

    /// <summary>The blob service client for the configured account.</summary>
    public static BlobServiceClient ServiceClient(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new BlobServiceClient(options.ConnectionString);
        }

        return options.AccountUrl is not null
            ? new BlobServiceClient(options.AccountUrl, new DefaultAzureCredential())
            : throw new InvalidOperationException(
                $"Blob storage is not configured: set {StorageOptions.SectionName}:ConnectionString (Azurite, development) or {StorageOptions.SectionName}:AccountUrl (Azure, managed identity).");
    }
}
