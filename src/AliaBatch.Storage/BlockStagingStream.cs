using System.Text;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace AliaBatch.Storage;

/// <summary>
/// A write-only stream that stages fixed-size blocks of a block blob as they fill. Nothing is visible to readers
/// until <see cref="CommitAsync"/> commits the block list; blocks of an abandoned write are never committed and the
/// service discards them.
/// </summary>
internal sealed class BlockStagingStream(BlockBlobClient blob, int blockSize = BlockStagingStream.DefaultBlockSize) : Stream
{
    public const int DefaultBlockSize = 4 * 1024 * 1024;

    private readonly List<string> _blockIds = [];
    private readonly string _writeId = Guid.NewGuid().ToString("N")[..8];
    private byte[] _buffer = new byte[Math.Min(blockSize, 64 * 1024)];
    private int _filled;
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
            // A full block is staged only once more bytes arrive, so content of up to one block is committed by a
            // single Put Blob.
            if (_filled == blockSize)
            {
                await StageAsync(cancellationToken);
            }

            if (_filled == _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Min(blockSize, _buffer.Length * 2));
            }

            var take = Math.Min(buffer.Length, _buffer.Length - _filled);
            buffer[..take].CopyTo(_buffer.AsMemory(_filled));
            _filled += take;
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
    /// Makes the written bytes the blob's content. Content that never filled a block goes up in one Put Blob (itself
    /// atomic); larger content stages its last block and commits the block list.
    /// </summary>
    public async Task<BlobContentInfo> CommitAsync(BlobHttpHeaders? headers, BlobRequestConditions? conditions, CancellationToken cancellationToken)
    {
        if (_blockIds.Count == 0)
        {
            using var content = new MemoryStream(_buffer, 0, _filled, writable: false);
            var uploaded = await blob.UploadAsync(content, new BlobUploadOptions { HttpHeaders = headers, Conditions = conditions }, cancellationToken);
            return uploaded.Value;
        }

        if (_filled > 0)
        {
            await StageAsync(cancellationToken);
        }

        var committed = await blob.CommitBlockListAsync(_blockIds, new CommitBlockListOptions { HttpHeaders = headers, Conditions = conditions }, cancellationToken);
        return committed.Value;
    }

    private async Task StageAsync(CancellationToken cancellationToken)
    {
        // Block ids must have equal length within a blob; the write id keeps concurrent writers' blocks apart.
        var id = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{_writeId}-{_blockIds.Count:D6}"));
        using var content = new MemoryStream(_buffer, 0, _filled, writable: false);
        await blob.StageBlockAsync(id, content, new BlockBlobStageBlockOptions(), cancellationToken);
        _blockIds.Add(id);
        _filled = 0;
    }
}
