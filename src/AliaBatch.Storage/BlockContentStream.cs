namespace AliaBatch.Storage;

/// <summary>
/// A seekable, read-only stream over the bytes of a <see cref="PooledBlockBuffer"/>, handed to the SDK as request
/// content: it can rewind for retries and copies the segments straight to the destination without an extra buffer.
/// </summary>
internal sealed class BlockContentStream(PooledBlockBuffer buffer) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => buffer.Length;

    public override long Position
    {
        get => _position;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _position = value;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> destination)
    {
        var read = 0;
        while (!destination.IsEmpty)
        {
            var source = Remaining();
            if (source.IsEmpty)
            {
                break;
            }

            var take = Math.Min(source.Length, destination.Length);
            source[..take].Span.CopyTo(destination);
            destination = destination[take..];
            _position += take;
            read += take;
        }

        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override async Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        for (var source = Remaining(); !source.IsEmpty; source = Remaining())
        {
            await destination.WriteAsync(source, cancellationToken);
            _position += source.Length;
        }
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            SeekOrigin.End => buffer.Length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>The rest of the segment that holds the current position (empty at or past the end).</summary>
    private ReadOnlyMemory<byte> Remaining()
    {
        var skipped = 0L;
        foreach (var segment in buffer.Segments)
        {
            var end = Math.Min(skipped + segment.Length, buffer.Length);
            if (_position < end)
            {
                return segment.AsMemory((int)(_position - skipped), (int)(end - _position));
            }

            skipped = end;
            if (skipped == buffer.Length)
            {
                break;
            }
        }

        return ReadOnlyMemory<byte>.Empty;
    }
}
