using System.Runtime.CompilerServices;
using AliaBatch.Core.Storage;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace AliaBatch.Storage;

/// <summary>
/// An <see cref="IObjectStore"/> over one Azure Blob Storage container (or Azurite). Writes are atomic: content of up
/// to one block (4 MiB) is buffered in pooled memory and sent as a single Put Blob, the same request a plain SDK upload
/// makes; larger content goes up as staged, uncommitted blocks that become visible only when the block list is committed
/// at the end — the blob equivalent of "write to a temporary name, then rename". The written object's info comes from
/// the response of that last request, without reading the properties back. A caller holding a seekable source (a file,
/// bytes in memory) can hand it over as it is, skipping the staging buffer.
/// </summary>
public sealed class BlobObjectStore : IObjectStore
{
    private const int ListPageSize = 1000;
    private readonly BlobContainerClient _container;
    private int _containerEnsured;

    /// <summary>Creates a store over a container client.</summary>
    public BlobObjectStore(BlobContainerClient container)
    {
        ArgumentNullException.ThrowIfNull(container);
        _container = container;
    }

    /// <inheritdoc />
    public string Location => _container.Uri.ToString();

    /// <inheritdoc />
    public async IAsyncEnumerable<ObjectInfo> ListAsync(string prefix = "", [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var normalized = ObjectPath.NormalizePrefix(prefix);
        var pages = _container.GetBlobsAsync(new GetBlobsOptions { Prefix = normalized.Length == 0 ? null : normalized }, cancellationToken)
            .AsPages(pageSizeHint: ListPageSize);
        IAsyncEnumerator<Page<BlobItem>>? enumerator = null;
        try
        {
            enumerator = pages.GetAsyncEnumerator(cancellationToken);
            while (await MoveNextAsync(enumerator))
            {
                foreach (var item in enumerator.Current.Values)
                {
                    yield return new ObjectInfo(item.Name, item.Properties.ContentLength ?? 0, item.Properties.ETag?.ToString() ?? string.Empty, item.Properties.LastModified ?? default);
                }
            }
        }
        finally
        {
            if (enumerator is not null)
            {
                await enumerator.DisposeAsync();
            }
        }
    }

    /// <inheritdoc />
    public async Task<ObjectInfo?> GetInfoAsync(string path, CancellationToken cancellationToken = default)
    {
        var normalized = ObjectPath.Normalize(path);
        try
        {
            var properties = await _container.GetBlobClient(normalized).GetPropertiesAsync(cancellationToken: cancellationToken);
            return new ObjectInfo(normalized, properties.Value.ContentLength, properties.Value.ETag.ToString(), properties.Value.LastModified);
        }
        catch (RequestFailedException exception) when (IsNotFound(exception))
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<Stream> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var normalized = ObjectPath.Normalize(path);
        try
        {
            var download = await _container.GetBlobClient(normalized).DownloadStreamingAsync(cancellationToken: cancellationToken);
            return download.Value.Content;
        }
        catch (RequestFailedException exception) when (IsNotFound(exception))
        {
            throw new ObjectNotFoundException(Location, normalized, exception);
        }
    }

    /// <inheritdoc />
    public async Task<ObjectInfo> WriteAsync(string path, Func<Stream, CancellationToken, Task> writeContent, ObjectWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writeContent);
        options ??= new ObjectWriteOptions();
        var normalized = ObjectPath.Normalize(path);
        await EnsureContainerAsync(cancellationToken);
        var blob = _container.GetBlockBlobClient(normalized);
        try
        {
            await using var stream = new BlockStagingStream(blob);
            await writeContent(stream, cancellationToken);
            var committed = await stream.CommitAsync(Headers(options), Conditions(options), cancellationToken);
            return new ObjectInfo(normalized, stream.Length, committed.ETag.ToString(), committed.LastModified);
        }
        catch (RequestFailedException exception) when (!options.Overwrite && exception.Status is 409 or 412)
        {
            throw new ObjectAlreadyExistsException(Location, normalized, exception);
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// A seekable source goes to the SDK's upload as it is: one Put Blob below the SDK's single-upload threshold, else
    /// blocks staged in parallel and one Put Block List, both atomic, with no copy into a staging buffer. A source that
    /// cannot seek (its length unknown), or has nothing left to read (the SDK refuses it), goes through the writer
    /// overload.
    /// </remarks>
    public async Task<ObjectInfo> WriteAsync(string path, Stream content, ObjectWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek || content.Position >= content.Length)
        {
            return await WriteAsync(path, (stream, ct) => content.CopyToAsync(stream, ct), options, cancellationToken);
        }

        options ??= new ObjectWriteOptions();
        var normalized = ObjectPath.Normalize(path);
        await EnsureContainerAsync(cancellationToken);
        var length = content.Length - content.Position;
        var upload = new BlobUploadOptions { HttpHeaders = Headers(options), Conditions = Conditions(options) };
        try
        {
            var uploaded = await _container.GetBlockBlobClient(normalized).UploadAsync(content, upload, cancellationToken);
            return new ObjectInfo(normalized, length, uploaded.Value.ETag.ToString(), uploaded.Value.LastModified);
        }
        catch (RequestFailedException exception) when (!options.Overwrite && exception.Status is 409 or 412)
        {
            throw new ObjectAlreadyExistsException(Location, normalized, exception);
        }
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        var response = await _container.GetBlobClient(ObjectPath.Normalize(path)).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        return response.Value;
    }

    private static async Task<bool> MoveNextAsync(IAsyncEnumerator<Page<BlobItem>> enumerator)
    {
        try
        {
            return await enumerator.MoveNextAsync();
        }
        catch (RequestFailedException exception) when (IsNotFound(exception))
        {
            // A container that does not exist lists as empty, like a missing folder.
            return false;
        }
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _containerEnsured) == 1)
        {
            return;
        }

        await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        Volatile.Write(ref _containerEnsured, 1);
    }

    private static BlobHttpHeaders? Headers(ObjectWriteOptions options) =>
        options.ContentType is null ? null : new BlobHttpHeaders { ContentType = options.ContentType };

    // Create-new is a condition on the one request that makes the content visible (Put Blob or Put Block List).
    private static BlobRequestConditions? Conditions(ObjectWriteOptions options) =>
        options.Overwrite ? null : new BlobRequestConditions { IfNoneMatch = ETag.All };

    private static bool IsNotFound(RequestFailedException exception) =>
        exception.Status == 404 || exception.ErrorCode is "BlobNotFound" or "ContainerNotFound";
}
