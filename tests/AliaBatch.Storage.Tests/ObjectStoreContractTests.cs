using System.Text;
using AliaBatch.Core.Storage;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Storage.Tests;

/// <summary>The behaviour every <see cref="IObjectStore"/> backend must show; each backend runs all of it.</summary>
public abstract class ObjectStoreContractTests
{
    protected abstract IObjectStore CreateStore();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    protected static async Task<byte[]> ReadAllAsync(IObjectStore store, string path)
    {
        await using var stream = await store.OpenReadAsync(path, Token);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Token);
        return copy.ToArray();
    }

    [Fact]
    public async Task WriteTextAsync_ThenReadTextAsync_RoundTripsUnicode()
    {
        var store = CreateStore();
        const string text = "Bon dia, col·legues! Kaixo. Olá, ¿qué tal? ñ € 🙂";

        await store.WriteTextAsync("a/b/c.txt", text, cancellationToken: Token);

        Assert.Equal(text, await store.ReadTextAsync("a/b/c.txt", Token));
    }

    [Fact]
    public async Task GetInfoAsync_AfterWrite_ReportsSizeAndETag()
    {
        var store = CreateStore();

        var written = await store.WriteTextAsync("info/x.txt", "12345", cancellationToken: Token);
        var info = await store.GetInfoAsync("info/x.txt", Token);

        Assert.NotNull(info);
        Assert.Equal(5, info.Size);
        Assert.Equal("info/x.txt", info.Path);
        Assert.Equal(written.ETag, info.ETag);
        Assert.False(string.IsNullOrEmpty(info.ETag));
    }

    [Fact]
    public async Task GetInfoAsync_Missing_ReturnsNull()
    {
        var store = CreateStore();

        Assert.Null(await store.GetInfoAsync("missing/none.txt", Token));
    }

    [Fact]
    public async Task OpenReadAsync_Missing_ThrowsObjectNotFound()
    {
        var store = CreateStore();

        var exception = await Assert.ThrowsAsync<ObjectNotFoundException>(() => store.OpenReadAsync("missing/none.txt", Token));
        Assert.Equal("missing/none.txt", exception.Path);
    }

    [Theory]
    [InlineData("missing/none.txt")]
    [InlineData("present/none.txt")]
    public async Task OpenReadIfExistsAsync_Missing_ReturnsNull(string path)
    {
        var store = CreateStore();
        await store.WriteTextAsync("present/other.txt", "x", cancellationToken: Token);

        Assert.Null(await store.OpenReadIfExistsAsync(path, Token));
    }

    [Fact]
    public async Task OpenReadIfExistsAsync_Existing_ReadsTheContent()
    {
        var store = CreateStore();
        await store.WriteTextAsync("probe/x.txt", "contenido", cancellationToken: Token);

        await using var stream = await store.OpenReadIfExistsAsync("probe/x.txt", Token);

        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        Assert.Equal("contenido", await reader.ReadToEndAsync(Token));
    }

    [Fact]
    public async Task ListAsync_WithPrefix_ReturnsOnlyMatchesInOrdinalOrder()
    {
        var store = CreateStore();
        foreach (var path in new[] { "in/b.txt", "in/a.txt", "in/sub/c.txt", "inbox.txt", "other/d.txt" })
        {
            await store.WriteTextAsync(path, path, cancellationToken: Token);
        }

        var listed = await store.ListAsync("in/", Token).Select(i => i.Path).ToListAsync(Token);
        var all = await store.ListAsync("in", Token).Select(i => i.Path).ToListAsync(Token);

        Assert.Equal(["in/a.txt", "in/b.txt", "in/sub/c.txt"], listed);
        Assert.Equal(["in/a.txt", "in/b.txt", "in/sub/c.txt", "inbox.txt"], all);
    }

    [Fact]
    public async Task ListAsync_MissingPrefix_IsEmpty()
    {
        var store = CreateStore();

        Assert.Empty(await store.ListAsync("nothing-here/", Token).ToListAsync(Token));
    }

    [Fact]
    public async Task ListAsync_ManyObjects_StreamsAllOfThem()
    {
        var store = CreateStore();
        const int count = 1_250;
        await Parallel.ForAsync(0, count, Token, async (i, ct) =>
            await store.WriteTextAsync($"many/{i:D5}.txt", "x", cancellationToken: ct));

        var listed = 0;
        await foreach (var _ in store.ListAsync("many/", Token))
        {
            listed++;
        }

        Assert.Equal(count, listed);
    }

    [Fact]
    public async Task WriteAsync_WriterThrows_LeavesNoObjectAndKeepsOldContent()
    {
        var store = CreateStore();
        await store.WriteTextAsync("atomic/r.json", "old", cancellationToken: Token);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.WriteAsync(
            "atomic/r.json",
            async (stream, ct) =>
            {
                await stream.WriteAsync(Encoding.UTF8.GetBytes(new string('n', 100_000)), ct);
                throw new InvalidOperationException("writer failed half-way");
            },
            cancellationToken: Token));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.WriteAsync(
            "atomic/new.json",
            (_, _) => throw new InvalidOperationException("writer failed at once"),
            cancellationToken: Token));

        Assert.Equal("old", await store.ReadTextAsync("atomic/r.json", Token));
        Assert.Null(await store.GetInfoAsync("atomic/new.json", Token));
        Assert.Equal(["atomic/r.json"], await store.ListAsync("atomic/", Token).Select(i => i.Path).ToListAsync(Token));
    }

    [Fact]
    public async Task WriteAsync_LargeStreamedContent_IsCommittedWhole()
    {
        var store = CreateStore();
        var block = new byte[1024 * 1024];
        Random.Shared.NextBytes(block);

        await store.WriteAsync("big/blob.bin", async (stream, ct) =>
        {
            for (var i = 0; i < 9; i++)
            {
                await stream.WriteAsync(block, ct);
            }
        }, cancellationToken: Token);

        var info = await store.GetInfoAsync("big/blob.bin", Token);
        Assert.Equal(9L * block.Length, info!.Size);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData((6 * 1024 * 1024) + 3)]
    public async Task WriteAsync_FromSeekableStream_WritesFromItsPositionAndReturnsTheStoredInfo(int size)
    {
        var store = CreateStore();
        var content = PooledBlockBufferTests.Content(size);
        using var source = new MemoryStream([.. "skip"u8, .. content], writable: false) { Position = 4 };

        var written = await store.WriteAsync("from/seekable.bin", source, cancellationToken: Token);

        Assert.Equal(content, await ReadAllAsync(store, "from/seekable.bin"));
        Assert.Equal(size, written.Size);
        Assert.Equal(await store.GetInfoAsync("from/seekable.bin", Token), written);
    }

    [Fact]
    public async Task WriteAsync_FromNonSeekableStream_WritesItAllAndReturnsTheStoredInfo()
    {
        var store = CreateStore();
        var content = PooledBlockBufferTests.Content((5 * 1024 * 1024) + 7);
        await using var source = new NonSeekableStream(new MemoryStream(content, writable: false));

        var written = await store.WriteAsync("from/pipe.bin", source, cancellationToken: Token);

        Assert.Equal(content, await ReadAllAsync(store, "from/pipe.bin"));
        Assert.Equal(content.Length, written.Size);
        Assert.Equal(await store.GetInfoAsync("from/pipe.bin", Token), written);
    }

    [Fact]
    public async Task WriteAsync_FromStreamCreateNewWhenExists_ThrowsAndKeepsOriginal()
    {
        var store = CreateStore();
        using var first = new MemoryStream("first"u8.ToArray());
        using var second = new MemoryStream("second"u8.ToArray());
        await store.WriteAsync("once/stream.txt", first, ObjectWriteOptions.CreateNew, Token);

        await Assert.ThrowsAsync<ObjectAlreadyExistsException>(() => store.WriteAsync("once/stream.txt", second, ObjectWriteOptions.CreateNew, Token));

        Assert.Equal("first", await store.ReadTextAsync("once/stream.txt", Token));
    }

    [Fact]
    public async Task WriteAsync_CreateNewWhenExists_ThrowsAndKeepsOriginal()
    {
        var store = CreateStore();
        await store.WriteTextAsync("once/a.txt", "first", ObjectWriteOptions.CreateNew, Token);

        await Assert.ThrowsAsync<ObjectAlreadyExistsException>(() =>
            store.WriteTextAsync("once/a.txt", "second", ObjectWriteOptions.CreateNew, Token));

        Assert.Equal("first", await store.ReadTextAsync("once/a.txt", Token));
    }

    [Fact]
    public async Task WriteAsync_Overwrite_ReplacesContentAndChangesETag()
    {
        var store = CreateStore();
        var first = await store.WriteTextAsync("over/a.txt", "first", cancellationToken: Token);

        var second = await store.WriteTextAsync("over/a.txt", "second, longer", cancellationToken: Token);

        Assert.Equal("second, longer", await store.ReadTextAsync("over/a.txt", Token));
        Assert.NotEqual(first.ETag, second.ETag);
    }

    [Fact]
    public async Task DeleteAsync_ExistingThenMissing_ReturnsTrueThenFalse()
    {
        var store = CreateStore();
        await store.WriteTextAsync("del/a.txt", "x", cancellationToken: Token);

        Assert.True(await store.DeleteAsync("del/a.txt", Token));
        Assert.False(await store.DeleteAsync("del/a.txt", Token));
        Assert.Null(await store.GetInfoAsync("del/a.txt", Token));
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("/absolute.txt")]
    [InlineData("a//b.txt")]
    [InlineData("folder/")]
    public async Task WriteTextAsync_InvalidPath_ThrowsArgumentException(string path)
    {
        var store = CreateStore();

        await Assert.ThrowsAsync<ArgumentException>(() => store.WriteTextAsync(path, "x", cancellationToken: Token));
    }
}
