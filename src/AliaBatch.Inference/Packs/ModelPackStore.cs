using System.Runtime.CompilerServices;
using AliaBatch.Core.Storage;

namespace AliaBatch.Inference.Packs;

/// <summary>
/// Packs kept in an object store — a blob container or a folder — one per prefix <c>{root}/{packId}/</c>
/// (default root <c>models</c>), each with its <c>model.json</c>.
/// </summary>
public sealed class ModelPackStore
{
    /// <summary>The default folder of packs inside a container.</summary>
    public const string DefaultRoot = "models";

    private readonly string _root;

    /// <summary>Creates the view.</summary>
    /// <param name="store">The container or folder.</param>
    /// <param name="root">Folder of packs inside the store; empty when packs sit at the top.</param>
    public ModelPackStore(IObjectStore store, string root = DefaultRoot)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(root);
        Store = store;
        _root = root.Trim('/');
    }

    /// <summary>The underlying store.</summary>
    public IObjectStore Store { get; }

    /// <summary>Where the packs are, for messages: the store location and root.</summary>
    public string Location => _root.Length == 0 ? Store.Location : $"{Store.Location.TrimEnd('/')}/{_root}";

    /// <summary>The object path of a file of a pack.</summary>
    public string PathOf(string packId, string relativePath) =>
        _root.Length == 0 ? $"{packId}/{relativePath}" : $"{_root}/{packId}/{relativePath}";

    /// <summary>Every pack's manifest, in id order. A pack whose manifest is invalid fails the listing, naming it.</summary>
    public async IAsyncEnumerable<ModelPackManifest> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var prefix = _root.Length == 0 ? string.Empty : _root + "/";
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var info in Store.ListAsync(prefix, cancellationToken))
        {
            var relative = info.Path[prefix.Length..];
            var slash = relative.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0 && string.Equals(relative[(slash + 1)..], ModelPackManifest.FileName, StringComparison.Ordinal))
            {
                ids.Add(relative[..slash]);
            }
        }

        foreach (var id in ids)
        {
            yield return await ReadManifestAsync(id, cancellationToken);
        }
    }

    /// <summary>Reads and validates one pack's manifest.</summary>
    /// <exception cref="ModelPackException">The pack does not exist or its manifest is invalid; the message names it.</exception>
    public async Task<ModelPackManifest> ReadManifestAsync(string packId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(packId);
        var path = PathOf(packId, ModelPackManifest.FileName);
        string json;
        try
        {
            json = await Store.ReadTextAsync(path, cancellationToken);
        }
        catch (ObjectNotFoundException exception)
        {
            throw new ModelPackException($"Model pack '{packId}' does not exist in {Location} (no {path}).", path, exception);
        }

        var manifest = ModelPackManifest.Parse(json, $"{Store.Location.TrimEnd('/')}/{path}");
        return string.Equals(manifest.Id, packId, StringComparison.Ordinal)
            ? manifest
            : throw new ModelPackException($"{path}: field '/id' is '{manifest.Id}' but the pack is stored as '{packId}'.", path);
    }

    /// <summary>Uploads a local pack (verified first) to <c>{root}/{id}/</c>, the manifest last so a reader never sees a partial pack.</summary>
    public async Task UploadAsync(ModelPack pack, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pack);
        (await pack.VerifyAsync(loadOnnx: false, cancellationToken)).ThrowIfInvalid();
        var overwrite = new ObjectWriteOptions { Overwrite = true, ContentType = "application/octet-stream" };
        foreach (var file in pack.Manifest.Files)
        {
            // A file is a seekable source: a blob store uploads it as it is (large weights in parallel blocks).
            await using var source = File.OpenRead(pack.GetFullPath(file.Path));
            await Store.WriteAsync(PathOf(pack.Manifest.Id, file.Path), source, overwrite, cancellationToken);
        }

        await Store.WriteTextAsync(PathOf(pack.Manifest.Id, ModelPackManifest.FileName), pack.Manifest.ToJson(),
            new ObjectWriteOptions { Overwrite = true, ContentType = "application/json" }, cancellationToken);
    }
}
