using AliaBatch.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AliaBatch.Inference.Packs;

/// <summary>
/// A local folder of packs pulled from a <see cref="ModelPackStore"/> (a blob container on workers): every file is
/// SHA-256 verified as it streams in, and a file whose cached copy already verifies is not downloaded again.
/// </summary>
public sealed class ModelPackCache
{
    private readonly ILogger _logger;

    /// <summary>Creates the cache.</summary>
    /// <param name="folder">Where packs are kept, one subfolder per pack id (created when missing).</param>
    /// <param name="logger">Receives download and cache-hit events; null logs nothing.</param>
    public ModelPackCache(string folder, ILogger<ModelPackCache>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.GetFullPath(folder);
        _logger = logger ?? NullLogger<ModelPackCache>.Instance;
    }

    /// <summary>The cache folder.</summary>
    public string Folder { get; }

    /// <summary>
    /// Brings pack <paramref name="packId"/> from <paramref name="source"/> into <c>{Folder}/{packId}/</c> and returns it.
    /// The manifest is always read from the source, so a republished pack replaces the cached files that changed.
    /// </summary>
    /// <exception cref="ModelPackException">
    /// The pack or one of its files is missing from the source, or a downloaded file does not match the manifest
    /// (the message names the file and both hashes); nothing unverified is left in the cache.
    /// </exception>
    public async Task<ModelPack> LoadAsync(ModelPackStore source, string packId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(packId);
        var manifest = await source.ReadManifestAsync(packId, cancellationToken);
        var pack = ModelPack.Create(Path.Combine(Folder, manifest.Id), manifest);
        var downloaded = 0;
        foreach (var file in manifest.Files)
        {
            var local = pack.GetFullPath(file.Path);
            if (await IsVerifiedAsync(local, file, cancellationToken))
            {
                Log.PackFileCached(_logger, manifest.Id, file.Path);
                continue;
            }

            await DownloadAsync(source, manifest.Id, file, local, cancellationToken);
            Log.PackFileDownloaded(_logger, manifest.Id, file.Path, file.Size);
            downloaded++;
        }

        var manifestPath = Path.Combine(pack.Folder, ModelPackManifest.FileName);
        var temporary = $"{manifestPath}.{Guid.NewGuid():N}.partial";
        await File.WriteAllTextAsync(temporary, manifest.ToJson(), cancellationToken);
        File.Move(temporary, manifestPath, overwrite: true);
        Log.PackLoaded(_logger, manifest.Id, source.Location, pack.Folder, downloaded, manifest.Files.Count - downloaded);
        return pack;
    }

    private static async Task<bool> IsVerifiedAsync(string path, ModelPackFile file, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != file.Size)
        {
            return false;
        }

        var (sha256, _) = await FileHash.ComputeAsync(path, cancellationToken);
        return string.Equals(sha256, file.Sha256, StringComparison.Ordinal);
    }

    private static async Task DownloadAsync(ModelPackStore source, string packId, ModelPackFile file, string local, CancellationToken cancellationToken)
    {
        var objectPath = source.PathOf(packId, file.Path);
        Stream stream;
        try
        {
            stream = await source.Store.OpenReadAsync(objectPath, cancellationToken);
        }
        catch (ObjectNotFoundException exception)
        {
            throw new ModelPackException($"File '{file.Path}' listed in model.json of pack '{packId}' is missing from {source.Location} ({objectPath}).", file.Path, exception);
        }

        await using (stream)
        {
            await FileHash.CopyVerifiedAsync(stream, local, file, $"{source.Location}/{packId}", cancellationToken);
        }
    }
}
