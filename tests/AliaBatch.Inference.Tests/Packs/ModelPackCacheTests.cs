using AliaBatch.Inference.Packs;
using AliaBatch.Storage;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Inference.Tests.Packs;

public sealed class ModelPackCacheTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly TemporaryFolder _work = new("pack-cache");

    [Fact]
    public async Task LoadAsync_BlobRoundTrip_VerifiesThenServesTheCache()
    {
        var ct = TestContext.Current.CancellationToken;
        var (store, pack) = await UploadAsync("roundtrip");
        var logger = new ListLogger<ModelPackCache>();
        var cache = new ModelPackCache(_work.Combine("cache"), logger);

        var loaded = await cache.LoadAsync(store, pack.Manifest.Id, ct);
        Assert.True((await loaded.VerifyAsync(loadOnnx: true, ct)).IsValid);
        Assert.Equal(_work.Combine("cache", "roberta-ca-topics"), loaded.Folder);
        Assert.Equal(4, logger.Entries.Count(e => e.EventId.Id == 4200));

        // Only model.json stays in the container: the second load can succeed only from the cache.
        foreach (var file in pack.Manifest.Files)
        {
            await store.Store.DeleteAsync(store.PathOf(pack.Manifest.Id, file.Path), ct);
        }

        logger.Entries.Clear();
        var again = await cache.LoadAsync(store, pack.Manifest.Id, ct);

        Assert.Equal(loaded.Folder, again.Folder);
        Assert.Equal(0, logger.Entries.Count(e => e.EventId.Id == 4200));
        Assert.Equal(4, logger.Entries.Count(e => e.EventId.Id == 4201));
    }

    [Fact]
    public async Task LoadAsync_AlteredCachedFile_DownloadsItAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        var (store, pack) = await UploadAsync("altered");
        var logger = new ListLogger<ModelPackCache>();
        var cache = new ModelPackCache(_work.Combine("cache"), logger);
        var loaded = await cache.LoadAsync(store, pack.Manifest.Id, ct);
        PackExports.FlipByte(loaded.GetFullPath("model.onnx"), 500);
        logger.Entries.Clear();

        var again = await cache.LoadAsync(store, pack.Manifest.Id, ct);

        Assert.True((await again.VerifyAsync(cancellationToken: ct)).IsValid);
        var downloaded = Assert.Single(logger.Entries, e => e.EventId.Id == 4200);
        Assert.Contains("model.onnx", downloaded.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_BlobAlteredInTheContainer_IsRefusedNamingTheFileAndLeavesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var (store, pack) = await UploadAsync("tampered");
        var tampered = await File.ReadAllBytesAsync(pack.GetFullPath("vocab.txt"), ct);
        tampered[10] ^= 0xFF;
        await store.Store.WriteAsync(store.PathOf(pack.Manifest.Id, "vocab.txt"), (s, c) => s.WriteAsync(tampered, c).AsTask(), cancellationToken: ct);
        var cache = new ModelPackCache(_work.Combine("cache"));

        var error = await Assert.ThrowsAsync<ModelPackException>(() => cache.LoadAsync(store, pack.Manifest.Id, ct));

        Assert.Equal("vocab.txt", error.File);
        Assert.Contains(pack.Manifest.FindFile("vocab.txt")!.Sha256, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_work.Combine("cache", "roberta-ca-topics", "vocab.txt")));
    }

    [Fact]
    public async Task LoadAsync_FileMissingFromContainer_IsRefusedNamingTheFile()
    {
        var ct = TestContext.Current.CancellationToken;
        var (store, pack) = await UploadAsync("missing");
        await store.Store.DeleteAsync(store.PathOf(pack.Manifest.Id, "config.json"), ct);

        var error = await Assert.ThrowsAsync<ModelPackException>(() => new ModelPackCache(_work.Combine("cache")).LoadAsync(store, pack.Manifest.Id, ct));

        Assert.Equal("config.json", error.File);
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_FromAFolderOfPacks_CopiesAndVerifies()
    {
        var ct = TestContext.Current.CancellationToken;
        var pack = await ModelPackImporter.ImportAsync(PackExports.Encoder(_work.Path), _work.Combine("packs"), cancellationToken: ct);
        var store = new ModelPackStore(ObjectStores.ForFolder(_work.Combine("packs")), root: string.Empty);

        var loaded = await new ModelPackCache(_work.Combine("cache")).LoadAsync(store, pack.Manifest.Id, ct);

        Assert.Equal(pack.Manifest, loaded.Manifest, ManifestJsonComparer.Instance);
        Assert.True((await loaded.VerifyAsync(cancellationToken: ct)).IsValid);
    }

    private async Task<(ModelPackStore Store, ModelPack Pack)> UploadAsync(string container)
    {
        var ct = TestContext.Current.CancellationToken;
        var pack = await ModelPackImporter.ImportAsync(PackExports.Encoder(_work.Path), _work.Combine("packs"), cancellationToken: ct);
        var blobs = ObjectStores.ForContainer(new StorageOptions { ConnectionString = azurite.ConnectionString }, $"{container}-{Guid.NewGuid():N}"[..30]);
        var store = new ModelPackStore(blobs);
        await store.UploadAsync(pack, ct);
        return (store, pack);
    }

    public void Dispose() => _work.Dispose();
}
