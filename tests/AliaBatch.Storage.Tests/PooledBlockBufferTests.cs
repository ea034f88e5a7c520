using Xunit;

namespace AliaBatch.Storage.Tests;

public sealed class PooledBlockBufferTests
{
    [Fact]
    public void Append_ManyPiecesAcrossSegments_KeepsEveryByteInOrder()
    {
        using var buffer = new PooledBlockBuffer();
        var content = Content(3 * 1024 * 1024 + 17);

        for (var offset = 0; offset < content.Length; offset += 10_000)
        {
            buffer.Append(content.AsSpan(offset, Math.Min(10_000, content.Length - offset)));
        }

        Assert.Equal(content.Length, buffer.Length);
        Assert.True(buffer.Segments.Count > 1);
        Assert.Equal(content, ReadAll(buffer));
    }

    [Fact]
    public void Append_OneLargeWrite_TakesSegmentsOfAtMostOneMiB()
    {
        using var buffer = new PooledBlockBuffer();

        buffer.Append(Content(4 * 1024 * 1024));

        Assert.Equal(4, buffer.Segments.Count);
        Assert.All(buffer.Segments, segment => Assert.Equal(1024 * 1024, segment.Length));
    }

    [Fact]
    public void Clear_ThenAppend_ReusesSegmentsAndHoldsOnlyNewBytes()
    {
        using var buffer = new PooledBlockBuffer();
        buffer.Append(Content(200_000));
        var segments = buffer.Segments.ToArray();

        buffer.Clear();
        var second = Content(50_000, seed: 2);
        buffer.Append(second);

        Assert.Equal(50_000, buffer.Length);
        Assert.Same(segments[0], buffer.Segments[0]);
        Assert.Equal(second, ReadAll(buffer));
    }

    [Fact]
    public void Append_AfterDispose_ThrowsObjectDisposed()
    {
        var buffer = new PooledBlockBuffer();
        buffer.Append(Content(10));

        buffer.Dispose();

        Assert.Throws<ObjectDisposedException>(() => buffer.Append(Content(1)));
        Assert.Empty(buffer.Segments);
    }

    internal static byte[] Content(int length, int seed = 1)
    {
        var content = new byte[length];
        new Random(seed).NextBytes(content);
        return content;
    }

    private static byte[] ReadAll(PooledBlockBuffer buffer)
    {
        using var stream = buffer.OpenRead();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
