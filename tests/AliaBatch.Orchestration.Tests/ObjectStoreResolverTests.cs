using AliaBatch.Core.Jobs;
using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Storage;
using AliaBatch.Testing;
using Microsoft.Extensions.Options;
using Xunit;

namespace AliaBatch.Orchestration.Tests;

public sealed class ObjectStoreResolverTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("stores");
    private readonly ObjectStoreResolver _resolver = new(Options.Create(new StorageOptions()));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Resolve_LocalWithPrefix_ReadsBelowTheFolder()
    {
        _folder.WriteFile("drop7/a.txt", "hola");

        var store = _resolver.Resolve(StoreReference.Local(_folder.Path, "drop7"));

        Assert.Equal("hola", await store.ReadTextAsync("a.txt", Token));
    }

    [Fact]
    public async Task Resolve_Attached_ReturnsTheSameStoreUntilDetached()
    {
        var store = new FileSystemObjectStore(_folder.Path);
        await store.WriteTextAsync("x.txt", "x", cancellationToken: Token);
        var reference = _resolver.Attach(store);

        var resolved = _resolver.Resolve(reference);
        var detached = _resolver.Detach(reference);

        Assert.Same(store, resolved);
        Assert.True(detached);
        var exception = Assert.Throws<InvalidOperationException>(() => _resolver.Resolve(reference));
        Assert.Contains(reference.Location, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_BlobWithoutStorageSettings_ThrowsNamingTheKeys()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => _resolver.Resolve(StoreReference.Blob("incoming")));

        Assert.Contains("AliaBatch:Storage:ConnectionString", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForSource_BlobSource_NamesContainerAndPrefix()
    {
        var reference = StoreReference.ForSource(new JobSource { Kind = SourceKind.Blob, Container = "incoming", Prefix = "agency1/drop7" });

        Assert.Equal(new StoreReference(StoreKind.Blob, "incoming", "agency1/drop7"), reference);
    }
}
