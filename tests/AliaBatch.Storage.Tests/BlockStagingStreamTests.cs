using AliaBatch.Testing;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Xunit;

namespace AliaBatch.Storage.Tests;

public sealed class BlockStagingStreamTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int BlockSize = 64 * 1024;
    private readonly (BlobServiceClient Service, RequestRecorder Recorder) _client = RequestRecorder.CreateClient(azurite.ConnectionString);
    private BlobContainerClient _container = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _container = _client.Service.GetBlobContainerClient("staging-" + Guid.NewGuid().ToString("N")[..12]);
        await _container.CreateAsync(cancellationToken: Token);
        _client.Recorder.Clear();
    }

    public async ValueTask DisposeAsync() => await _container.DeleteIfExistsAsync(cancellationToken: Token);

    [Fact]
    public async Task CommitAsync_ExactlyOneBlock_IsOnePutBlob()
    {
        var blob = _container.GetBlockBlobClient("one.bin");
        var content = PooledBlockBufferTests.Content(BlockSize);

        BlobContentInfo info;
        await using (var stream = new BlockStagingStream(blob, BlockSize))
        {
            await stream.WriteAsync(content, Token);
            info = await stream.CommitAsync(null, null, Token);
        }

        var requests = _client.Recorder.Requests;
        Assert.Equal(["PUT"], requests);
        Assert.Equal(content, (await blob.DownloadContentAsync(Token)).Value.Content.ToArray());
        Assert.Equal((await blob.GetPropertiesAsync(cancellationToken: Token)).Value.ETag, info.ETag);
    }

    [Fact]
    public async Task CommitAsync_SmallWritesOverSeveralBlocks_StagesEachBlockInOrderThenCommits()
    {
        var blob = _container.GetBlockBlobClient("many.bin");
        var content = PooledBlockBufferTests.Content((3 * BlockSize) + 1000);

        await using (var stream = new BlockStagingStream(blob, BlockSize))
        {
            for (var offset = 0; offset < content.Length; offset += 5000)
            {
                await stream.WriteAsync(content.AsMemory(offset, Math.Min(5000, content.Length - offset)), Token);
            }

            await stream.CommitAsync(null, null, Token);
        }

        var requests = _client.Recorder.Requests;
        var blocks = (await blob.GetBlockListAsync(BlockListTypes.Committed, cancellationToken: Token)).Value.CommittedBlocks.ToList();
        Assert.Equal(["PUT block", "PUT block", "PUT block", "PUT block", "PUT blocklist"], requests);
        Assert.Equal([BlockSize, BlockSize, BlockSize, 1000], blocks.Select(b => b.SizeLong));
        Assert.Equal(content, (await blob.DownloadContentAsync(Token)).Value.Content.ToArray());
    }

    [Fact]
    public async Task DisposeAsync_WithoutCommit_LeavesNoBlob()
    {
        var blob = _container.GetBlockBlobClient("abandoned.bin");

        await using (var stream = new BlockStagingStream(blob, BlockSize))
        {
            await stream.WriteAsync(PooledBlockBufferTests.Content(2 * BlockSize + 1), Token);
        }

        Assert.False((await blob.ExistsAsync(Token)).Value);
    }

    [Fact]
    public async Task CommitAsync_IfNoneMatchOnExistingBlob_ThrowsAndKeepsIt()
    {
        var blob = _container.GetBlockBlobClient("exists.bin");
        await _container.GetBlobClient("exists.bin").UploadAsync(BinaryData.FromString("original"), Token);

        await using (var stream = new BlockStagingStream(blob, BlockSize))
        {
            await stream.WriteAsync(PooledBlockBufferTests.Content(2 * BlockSize), Token);
            await Assert.ThrowsAsync<RequestFailedException>(() => stream.CommitAsync(null, new BlobRequestConditions { IfNoneMatch = ETag.All }, Token));
        }

        Assert.Equal("original", (await blob.DownloadContentAsync(Token)).Value.Content.ToString());
    }
}
