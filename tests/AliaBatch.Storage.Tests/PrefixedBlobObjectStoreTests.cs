using AliaBatch.Core.Storage;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Storage.Tests;

/// <summary>The store contract through a <see cref="PrefixedObjectStore"/> over a blob container: every operation,
/// including the source-stream write, reaches the container below the prefix.</summary>
public sealed class PrefixedBlobObjectStoreTests(AzuriteFixture azurite) : ObjectStoreContractTests
{
    private const string Prefix = "agency1/drop7";
    private readonly string _container = "prefixed-" + Guid.NewGuid().ToString("N")[..12];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    protected override IObjectStore CreateStore() => new PrefixedObjectStore(Container(), Prefix);

    [Fact]
    public async Task WriteAsync_BothOverloads_LandBelowThePrefixInTheContainer()
    {
        var store = CreateStore();
        using var source = new MemoryStream("desde un fichero"u8.ToArray());

        await store.WriteAsync("a/stream.txt", source, cancellationToken: Token);
        await store.WriteTextAsync("a/writer.txt", "desde un escritor", cancellationToken: Token);

        var container = Container();
        Assert.Equal(["agency1/drop7/a/stream.txt", "agency1/drop7/a/writer.txt"], await container.ListAsync(cancellationToken: Token).Select(i => i.Path).ToListAsync(Token));
        Assert.Equal("desde un fichero", await container.ReadTextAsync("agency1/drop7/a/stream.txt", Token));
    }

    private IObjectStore Container() =>
        ObjectStores.ForContainer(new StorageOptions { ConnectionString = azurite.ConnectionString }, _container);
}
