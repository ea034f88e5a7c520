using Xunit;

namespace AliaBatch.Storage.Tests;

public sealed class BlockContentStreamTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void Read_SmallChunks_ReturnsTheContentThenZero()
    {
        var (buffer, content) = Filled(300_000);
        using var _ = buffer;
        using var stream = buffer.OpenRead();
        using var copy = new MemoryStream();
        var chunk = new byte[7_000];

        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            copy.Write(chunk, 0, read);
        }

        Assert.Equal(content, copy.ToArray());
        Assert.Equal(0, stream.Read(chunk, 0, chunk.Length));
    }

    [Fact]
    public async Task CopyToAsync_AfterSeekBack_CopiesFromThatPositionAgain()
    {
        var (buffer, content) = Filled(1_500_000);
        using var _ = buffer;
        await using var stream = buffer.OpenRead();
        await stream.CopyToAsync(Stream.Null, Token);

        stream.Seek(100_000, SeekOrigin.Begin);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Token);

        Assert.Equal(content[100_000..], copy.ToArray());
        Assert.Equal(content.Length, stream.Position);
    }

    [Fact]
    public async Task ReadAsync_FromEndOrigin_ReadsTheTail()
    {
        var (buffer, content) = Filled(40_000);
        using var _ = buffer;
        await using var stream = buffer.OpenRead();
        var tail = new byte[16];

        stream.Seek(-16, SeekOrigin.End);
        var read = await stream.ReadAsync(tail, Token);

        Assert.Equal(16, read);
        Assert.Equal(content[^16..], tail);
        Assert.Equal(40_000, stream.Length);
    }

    [Fact]
    public void Read_EmptyBuffer_ReturnsZero()
    {
        using var buffer = new PooledBlockBuffer();
        using var stream = buffer.OpenRead();

        Assert.Equal(0, stream.Read(new byte[8], 0, 8));
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Write_Always_ThrowsNotSupported()
    {
        using var buffer = new PooledBlockBuffer();
        using var stream = buffer.OpenRead();

        Assert.False(stream.CanWrite);
        Assert.Throws<NotSupportedException>(() => stream.Write([1], 0, 1));
    }

    private static (PooledBlockBuffer Buffer, byte[] Content) Filled(int length)
    {
        var buffer = new PooledBlockBuffer();
        var content = PooledBlockBufferTests.Content(length);
        buffer.Append(content);
        return (buffer, content);
    }
}
