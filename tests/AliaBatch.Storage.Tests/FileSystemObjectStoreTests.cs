using AliaBatch.Core.Storage;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Storage.Tests;

public sealed class FileSystemObjectStoreTests : ObjectStoreContractTests, IDisposable
{
    private readonly TemporaryFolder _folder = new("fs-store");

    protected override IObjectStore CreateStore() => new FileSystemObjectStore(_folder.Path);

    [Fact]
    public async Task WriteAsync_WriterThrows_LeavesNoTemporaryFileBehind()
    {
        var store = CreateStore();

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.WriteAsync(
            "tmp/a.txt", (_, _) => throw new InvalidOperationException("boom"), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Empty(Directory.GetFiles(_folder.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Location_IsTheFullFolderPath()
    {
        Assert.Equal(Path.GetFullPath(_folder.Path), CreateStore().Location);
    }

    public void Dispose() => _folder.Dispose();
}
