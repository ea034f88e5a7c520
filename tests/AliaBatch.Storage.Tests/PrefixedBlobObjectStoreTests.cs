using AliaBatch.Core.Storage;
using AliaBatch.Testing;

namespace AliaBatch.Storage.Tests;

/// <summary>The store contract through a <see cref="PrefixedObjectStore"/> over a blob container: every operation,
/// including the source-stream write, reaches the container below the prefix.</summary>
public sealed class PrefixedBlobObjectStoreTests(AzuriteFixture azurite) : ObjectStoreContractTests
{
    private readonly string _container = "prefixed-" + Guid.NewGuid().ToString("N")[..12];

    protected override IObjectStore CreateStore() =>
        new PrefixedObjectStore(ObjectStores.ForContainer(new StorageOptions { ConnectionString = azurite.ConnectionString }, _container), "agency1/drop7");
}
