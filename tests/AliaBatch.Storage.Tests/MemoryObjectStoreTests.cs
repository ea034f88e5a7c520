using AliaBatch.Core.Storage;
using Xunit;

namespace AliaBatch.Storage.Tests;

public sealed class MemoryObjectStoreTests : ObjectStoreContractTests
{
    protected override IObjectStore CreateStore() => new MemoryObjectStore();

    [Fact]
    public async Task WriteAsync_WriterKeepsWritingAfterCommit_CommittedContentUnchanged()
    {
        var store = CreateStore();
        Stream? kept = null;

        await store.WriteAsync("a.bin", async (stream, token) =>
        {
            kept = stream;
            await stream.WriteAsync(new byte[] { 1, 2, 3 }, token);
        }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Throws<ObjectDisposedException>(() => kept!.WriteByte(4));
        Assert.Equal(new byte[] { 1, 2, 3 }, await ReadAllAsync(store, "a.bin"));
    }

    [Fact]
    public async Task OpenReadAsync_ReturnedStream_IsReadOnly()
    {
        var store = CreateStore();
        await store.WriteTextAsync("a.txt", "abc", cancellationToken: TestContext.Current.CancellationToken);

        await using var stream = await store.OpenReadAsync("a.txt", TestContext.Current.CancellationToken);

        Assert.False(stream.CanWrite);
    }
}
