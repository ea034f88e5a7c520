using System.Buffers;

namespace AliaBatch.Storage;

/// <summary>
/// The bytes of one block, held in segments rented from <see cref="ArrayPool{T}.Shared"/>: appending copies each byte
/// once and never moves what is already held (no doubling copies, no large-object-heap garbage per write). Cleared
/// buffers keep their segments for the next block; disposing returns them to the pool.
/// </summary>
internal sealed class PooledBlockBuffer : IDisposable
{
    private const int MinSegmentSize = 16 * 1024;
    private const int MaxSegmentSize = 1024 * 1024;

    private readonly List<byte[]> _segments = [];
    private int _segment;
    private int _offset;
    private bool _disposed;

    /// <summary>Bytes held.</summary>
    public int Length { get; private set; }

    /// <summary>The segments in order; all but the last used one are full.</summary>
    public IReadOnlyList<byte[]> Segments => _segments;

    /// <summary>Copies <paramref name="source"/> after the bytes already held.</summary>
    public void Append(ReadOnlySpan<byte> source)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        while (!source.IsEmpty)
        {
            if (_segment == _segments.Count)
            {
                // Size the next segment by what is still to come, so one large write takes few segments and a small
                // object takes one small segment.
                var previous = _segments.Count == 0 ? 0 : _segments[^1].Length;
                _segments.Add(ArrayPool<byte>.Shared.Rent(Math.Clamp(Math.Max(source.Length, previous * 2), MinSegmentSize, MaxSegmentSize)));
            }

            var target = _segments[_segment].AsSpan(_offset);
            var take = Math.Min(source.Length, target.Length);
            source[..take].CopyTo(target);
            source = source[take..];
            _offset += take;
            Length += take;
            if (_offset == _segments[_segment].Length)
            {
                _segment++;
                _offset = 0;
            }
        }
    }

    /// <summary>Forgets the bytes held and keeps the segments for reuse.</summary>
    public void Clear()
    {
        _segment = 0;
        _offset = 0;
        Length = 0;
    }

    /// <summary>A seekable read-only view of the bytes held; valid until the buffer is cleared or disposed.</summary>
    public Stream OpenRead() => new BlockContentStream(this);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var segment in _segments)
        {
            ArrayPool<byte>.Shared.Return(segment);
        }

        _segments.Clear();
        Clear();
    }
}
