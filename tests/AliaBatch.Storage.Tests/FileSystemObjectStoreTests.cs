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
    public async Task OpenReadIfExistsAsync_Missing_RaisesNoException()
    {
        var store = CreateStore();
        var raised = 0;
        void Count(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e)
        {
            if (e.Exception.Message.Contains(_folder.Path, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref raised);
            }
        }

        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            Assert.Null(await store.OpenReadIfExistsAsync("results/d1.txt.json", TestContext.Current.CancellationToken));
            Assert.Null(await store.ReadJsonOrDefaultAsync<object>("results/d2.txt.json", TestContext.Current.CancellationToken));
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }

        Assert.Equal(0, raised);
    }

    [Fact]
    public void Location_IsTheFullFolderPath()
    {
        Assert.Equal(Path.GetFullPath(_folder.Path), CreateStore().Location);
    }

    public void Dispose() => _folder.Dispose();
}
