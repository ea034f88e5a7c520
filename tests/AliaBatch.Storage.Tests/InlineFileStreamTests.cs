using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Storage.Tests;

public sealed class InlineFileStreamTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("inline-stream");

    private string FilePath => Path.Combine(_folder.Path, "a.bin");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task WriteAsyncThenReadAsync_RoundTripsTheBytes()
    {
        var token = TestContext.Current.CancellationToken;
        var bytes = Enumerable.Range(0, 10_000).Select(i => (byte)i).ToArray();
        await using (var writer = new InlineFileStream(FilePath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096))
        {
            await writer.WriteAsync(bytes.AsMemory(0, 6_000), token);
#pragma warning disable CA1835 // The array overload is under test too.
            await writer.WriteAsync(bytes, 6_000, 4_000, token);
#pragma warning restore CA1835
            await writer.FlushAsync(token);
        }

        await using var reader = new InlineFileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
        using var copy = new MemoryStream();
        await reader.CopyToAsync(copy, token);

        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task ReadAsync_OnAWriteOnlyStream_FailsThroughTheTask()
    {
        await using var writer = new InlineFileStream(FilePath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096);

        var read = writer.ReadAsync(new byte[8], TestContext.Current.CancellationToken);

        Assert.True(read.IsFaulted);
        await Assert.ThrowsAsync<NotSupportedException>(async () => await read);
    }

    [Fact]
    public async Task WriteAsync_Cancelled_ReturnsACancelledTaskAndWritesNothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await using (var writer = new InlineFileStream(FilePath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096))
        {
            var write = writer.WriteAsync(new byte[] { 1, 2, 3 }, cancelled.Token);

            Assert.True(write.IsCanceled);
        }

        Assert.Equal(0, new FileInfo(FilePath).Length);
    }
}
