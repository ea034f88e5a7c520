using AliaBatch.Core.Storage;
using AliaBatch.Testing;
using Azure.Storage.Blobs;
using Xunit;

[assembly: AssemblyFixture(typeof(AzuriteFixture))]

namespace AliaBatch.Storage.Tests;

public sealed class BlobObjectStoreTests(AzuriteFixture azurite) : ObjectStoreContractTests
{
    private readonly string _container = "store-" + Guid.NewGuid().ToString("N")[..12];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    protected override IObjectStore CreateStore() =>
        ObjectStores.ForContainer(new StorageOptions { ConnectionString = azurite.ConnectionString }, _container);

    private (BlobObjectStore Store, RequestRecorder Recorder) RecordingStore()
    {
        var (service, recorder) = RequestRecorder.CreateClient(azurite.ConnectionString);
        return (new BlobObjectStore(service.GetBlobContainerClient(_container)), recorder);
    }

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

    [Theory]
    [InlineData(5, new[] { "PUT" })]
    [InlineData(4 * 1024 * 1024, new[] { "PUT" })]
    [InlineData((4 * 1024 * 1024) + 1, new[] { "PUT block", "PUT block", "PUT blocklist" })]
    [InlineData(9 * 1024 * 1024, new[] { "PUT block", "PUT block", "PUT block", "PUT blocklist" })]
    public async Task WriteAsync_BySize_SendsOnePutBlobUpToOneBlockElseStagesAndReturnsTheCommittedInfo(int size, string[] expectedRequests)
    {
        var (store, recorder) = RecordingStore();
        await store.WriteTextAsync("warm/container.txt", "x", cancellationToken: Token);
        recorder.Clear();
        var content = PooledBlockBufferTests.Content(size);

        var written = await store.WriteAsync("sized/a.bin", (stream, ct) => stream.WriteAsync(content, ct).AsTask(), cancellationToken: Token);

        Assert.Equal(expectedRequests, recorder.Requests);
        Assert.Equal(await store.GetInfoAsync("sized/a.bin", Token), written);
        Assert.Equal(size, written.Size);
        Assert.Equal(content, await ReadAllAsync(store, "sized/a.bin"));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(6 * 1024 * 1024)]
    public async Task WriteAsync_OverwriteBySize_ReturnsNewInfoEqualToAFreshRead(int size)
    {
        var store = CreateStore();
        var first = await store.WriteAsync("re/a.bin", (stream, ct) => stream.WriteAsync(new byte[size], ct).AsTask(), cancellationToken: Token);
        var content = PooledBlockBufferTests.Content(size + 1);

        var second = await store.WriteAsync("re/a.bin", (stream, ct) => stream.WriteAsync(content, ct).AsTask(), cancellationToken: Token);

        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal(await store.GetInfoAsync("re/a.bin", Token), second);
        Assert.Equal(content, await ReadAllAsync(store, "re/a.bin"));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(6 * 1024 * 1024)]
    public async Task WriteAsync_CreateNewBySize_WritesWhenMissingAndThrowsKeepingTheFirstWhenPresent(int size)
    {
        var store = CreateStore();
        var content = PooledBlockBufferTests.Content(size);
        var created = await store.WriteAsync("cn/a.bin", (stream, ct) => stream.WriteAsync(content, ct).AsTask(), ObjectWriteOptions.CreateNew, Token);

        await Assert.ThrowsAsync<ObjectAlreadyExistsException>(() =>
            store.WriteAsync("cn/a.bin", (stream, ct) => stream.WriteAsync(new byte[size], ct).AsTask(), ObjectWriteOptions.CreateNew, Token));

        Assert.Equal(created, await store.GetInfoAsync("cn/a.bin", Token));
        Assert.Equal(content, await ReadAllAsync(store, "cn/a.bin"));
    }

    [Fact]
    public async Task WriteAsync_ContentType_IsRecordedOnBothWritePaths()
    {
        var (store, _) = RecordingStore();
        var options = new ObjectWriteOptions { ContentType = "application/json" };

        await store.WriteAsync("ct/small.json", (stream, ct) => stream.WriteAsync(new byte[10], ct).AsTask(), options, Token);
        await store.WriteAsync("ct/large.json", (stream, ct) => stream.WriteAsync(new byte[5 * 1024 * 1024], ct).AsTask(), options, Token);

        var container = new BlobContainerClient(azurite.ConnectionString, _container);
        Assert.Equal("application/json", (await container.GetBlobClient("ct/small.json").GetPropertiesAsync(cancellationToken: Token)).Value.ContentType);
        Assert.Equal("application/json", (await container.GetBlobClient("ct/large.json").GetPropertiesAsync(cancellationToken: Token)).Value.ContentType);
    }

    [Fact]
    public async Task WriteAsync_FromSeekableStream_SendsItAsOnePutBlobWithItsContentType()
    {
        var (store, recorder) = RecordingStore();
        await store.WriteTextAsync("warm/container.txt", "x", cancellationToken: Token);
        recorder.Clear();
        using var source = new MemoryStream(PooledBlockBufferTests.Content(6 * 1024 * 1024), writable: false);

        await store.WriteAsync("direct/a.bin", source, new ObjectWriteOptions { ContentType = "application/octet-stream" }, Token);

        Assert.Equal(["PUT"], recorder.Requests);
        var container = new BlobContainerClient(azurite.ConnectionString, _container);
        Assert.Equal("application/octet-stream", (await container.GetBlobClient("direct/a.bin").GetPropertiesAsync(cancellationToken: Token)).Value.ContentType);
    }

    [Fact]
    public void ForContainer_NotConfigured_ThrowsNamingTheKeys()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => ObjectStores.ForContainer(new StorageOptions(), "c"));

        Assert.Contains("AliaBatch:Storage:ConnectionString", exception.Message, StringComparison.Ordinal);
        Assert.Contains("AliaBatch:Storage:AccountUrl", exception.Message, StringComparison.Ordinal);
    }
}
