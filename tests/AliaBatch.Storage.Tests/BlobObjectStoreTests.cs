using AliaBatch.Core.Storage;
using AliaBatch.Testing;
using Xunit;

[assembly: AssemblyFixture(typeof(AzuriteFixture))]

namespace AliaBatch.Storage.Tests;

public sealed class BlobObjectStoreTests(AzuriteFixture azurite) : ObjectStoreContractTests
{
    private readonly string _container = "store-" + Guid.NewGuid().ToString("N")[..12];

    protected override IObjectStore CreateStore() =>
        ObjectStores.ForContainer(new StorageOptions { ConnectionString = azurite.ConnectionString }, _container);

    [Fact]
    public async Task WriteAsync_WhileStaging_BlobIsNotVisibleUntilCommitted()
    {
        var store = CreateStore();
        ObjectInfo? seenDuringWrite = null;

        await store.WriteAsync("staged/a.bin", async (stream, ct) =>
        {
            await stream.WriteAsync(new byte[5 * 1024 * 1024], ct);
            await stream.FlushAsync(ct);
            seenDuringWrite = await store.GetInfoAsync("staged/a.bin", ct);
        }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Null(seenDuringWrite);
        Assert.NotNull(await store.GetInfoAsync("staged/a.bin", TestContext.Current.CancellationToken));
    }

    [Fact]
    public void ForContainer_NotConfigured_ThrowsNamingTheKeys()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => ObjectStores.ForContainer(new StorageOptions(), "c"));

        Assert.Contains("AliaBatch:Storage:ConnectionString", exception.Message, StringComparison.Ordinal);
        Assert.Contains("AliaBatch:Storage:AccountUrl", exception.Message, StringComparison.Ordinal);
    }
}
