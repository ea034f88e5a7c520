using System.Text;
using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace AliaBatch.Storage;

/// <summary>
/// A write-only stream that buffers a block blob's content in pooled memory. Content of up to one block goes up in a
/// single Put Blob at <see cref="CommitAsync"/> (atomic, like the plain SDK upload); larger content stages each full
/// block while the writer fills the next one and commits the block list at the end. Nothing is visible to readers
/// before the commit; blocks of an abandoned write are never committed and the service discards them.
/// </summary>
internal sealed class BlockStagingStream(BlockBlobClient blob, int blockSize = BlockStagingStream.DefaultBlockSize) : Stream
{
    public const int DefaultBlockSize = 4 * 1024 * 1024;

    private readonly List<string> _blockIds = [];
    private readonly string _writeId = Guid.NewGuid().ToString("N")[..8];
    private PooledBlockBuffer _filling = new();
    private PooledBlockBuffer? _staging;
    private Task? _pendingStage;
    private long _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) =>
        WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (!buffer.IsEmpty)
        {
            // A full block is staged only once more bytes arrive, so content of up to one block is a single Put Blob.
            if (_filling.Length == blockSize)
            {
                await StartStagingAsync(cancellationToken);
            }

            var take = Math.Min(buffer.Length, blockSize - _filling.Length);
            _filling.Append(buffer.Span[..take]);
            _length += take;
            buffer = buffer[take..];
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>
    /// Makes the written bytes the blob's content: one Put Blob when nothing was staged, otherwise the last block is
    /// staged and the block list committed. The response carries the new ETag and last-modified time.
    /// </summary>
    public async Task<BlobContentInfo> CommitAsync(BlobHttpHeaders? headers, BlobRequestConditions? conditions, CancellationToken cancellationToken)
    {
        if (_blockIds.Count == 0)
        {
            await using var content = _filling.OpenRead();
            var uploaded = await blob.UploadAsync(content, new BlobUploadOptions { HttpHeaders = headers, Conditions = conditions }, cancellationToken);
            return uploaded.Value;
        }

        if (_filling.Length > 0)
        {
            await StartStagingAsync(cancellationToken);
        }

        await AwaitPendingStageAsync();
        var committed = await blob.CommitBlockListAsync(_blockIds, new CommitBlockListOptions { HttpHeaders = headers, Conditions = conditions }, cancellationToken);
        return committed.Value;
    }

    public override async ValueTask DisposeAsync()
    {
        await ReleaseAsync();
        await base.DisposeAsync();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            ReleaseAsync().GetAwaiter().GetResult();
        }

        base.Dispose(disposing);
    }

    /// <summary>Waits for a Stage Block still in flight, then returns both buffers to the pool; safe to repeat.</summary>
    private async Task ReleaseAsync()
    {
        try
        {
            // The request in flight reads from a pooled buffer, so it must end before the buffer goes back. Its
            // failure matters only to a commit (which awaits it itself); for an abandoned write the writer's
            // exception is the one that propagates.
            await AwaitPendingStageAsync();
        }
        catch (Exception exception) when (exception is RequestFailedException or OperationCanceledException)
        {
        }
        finally
        {
            _filling.Dispose();
            _staging?.Dispose();
        }
    }

    /// <summary>Hands the full block to a background Stage Block and continues into the other buffer.</summary>
    private async Task StartStagingAsync(CancellationToken cancellationToken)
    {
        await AwaitPendingStageAsync();
        (_filling, _staging) = (_staging ?? new PooledBlockBuffer(), _filling);
        _filling.Clear();

        // Block ids must have equal length within a blob; the write id keeps concurrent writers' blocks apart.
        var id = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{_writeId}-{_blockIds.Count:D6}"));
        _blockIds.Add(id);
        _pendingStage = StageAsync(id, _staging, cancellationToken);
    }

    private async Task StageAsync(string id, PooledBlockBuffer block, CancellationToken cancellationToken)
    {
        await using var content = block.OpenRead();
        await blob.StageBlockAsync(id, content, new BlockBlobStageBlockOptions(), cancellationToken);
    }

    private async Task AwaitPendingStageAsync()
    {
        if (_pendingStage is { } pending)
        {
            _pendingStage = null;
            await pending;
        }
    }
}
