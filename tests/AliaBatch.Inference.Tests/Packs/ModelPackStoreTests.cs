using AliaBatch.Inference.Packs;
using AliaBatch.Storage;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Inference.Tests.Packs;

public sealed class ModelPackStoreTests : IDisposable
{
    private readonly TemporaryFolder _work = new("pack-store");

    [Fact]
    public async Task ListAsync_FolderOfPacks_ReturnsEveryManifestInIdOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        var packs = _work.Combine("packs");
        await ModelPackImporter.ImportAsync(PackExports.Encoder(_work.Path), packs, new ModelPackImportOptions { Id = "zz-encoder" }, ct);
        await ModelPackImporter.ImportAsync(PackExports.Decoder(_work.Path), packs, new ModelPackImportOptions { Id = "aa-decoder" }, ct);
        _work.WriteFile("packs/not-a-pack/readme.txt", "nothing here");
        var store = new ModelPackStore(ObjectStores.ForFolder(packs), root: string.Empty);

        var manifests = await store.ListAsync(ct).ToListAsync(ct);

        Assert.Equal(["aa-decoder", "zz-encoder"], manifests.Select(m => m.Id));
        Assert.Equal([ModelPackFormat.OnnxDecoder, ModelPackFormat.OnnxEncoderClassifier], manifests.Select(m => m.Format));
    }

    [Fact]
    public async Task ReadManifestAsync_UnknownPack_NamesThePackAndTheLocation()
    {
        var store = new ModelPackStore(ObjectStores.ForFolder(_work.Path));

        var error = await Assert.ThrowsAsync<ModelPackException>(() => store.ReadManifestAsync("salamandra-2b", TestContext.Current.CancellationToken));

        Assert.Contains("'salamandra-2b'", error.Message, StringComparison.Ordinal);
        Assert.Contains("models/salamandra-2b/model.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadManifestAsync_IdDiffersFromFolder_IsRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        var pack = await ModelPackImporter.ImportAsync(PackExports.Encoder(_work.Path), _work.Combine("models"), cancellationToken: ct);
        Directory.Move(pack.Folder, _work.Combine("models", "renamed"));
        var store = new ModelPackStore(ObjectStores.ForFolder(_work.Path));

        var error = await Assert.ThrowsAsync<ModelPackException>(() => store.ReadManifestAsync("renamed", ct));

        Assert.Contains("'/id'", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _work.Dispose();
}
