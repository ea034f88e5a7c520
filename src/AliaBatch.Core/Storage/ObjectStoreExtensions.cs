using System.Text;
using System.Text.Json;
using AliaBatch.Core.Serialization;

namespace AliaBatch.Core.Storage;

/// <summary>Text and JSON conveniences over <see cref="IObjectStore"/>.</summary>
public static class ObjectStoreExtensions
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes UTF-8 text atomically.</summary>
    public static Task<ObjectInfo> WriteTextAsync(this IObjectStore store, string path, string text, ObjectWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WriteAsync(
            path,
            async (stream, ct) =>
            {
                await using var writer = new StreamWriter(stream, s_utf8, bufferSize: 16 * 1024, leaveOpen: true);
                await writer.WriteAsync(text.AsMemory(), ct);
            },
            options ?? new ObjectWriteOptions { ContentType = "text/plain; charset=utf-8" },
            cancellationToken);
    }

    /// <summary>Serialises a value as indented JSON and writes it atomically.</summary>
    public static Task<ObjectInfo> WriteJsonAsync<T>(this IObjectStore store, string path, T value, ObjectWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WriteAsync(
            path,
            (stream, ct) => JsonSerializer.SerializeAsync(stream, value, AliaBatchJson.Indented, ct),
            options ?? new ObjectWriteOptions { ContentType = "application/json" },
            cancellationToken);
    }

    /// <summary>Reads and deserialises JSON, or returns default when the object does not exist.</summary>
    public static async Task<T?> ReadJsonOrDefaultAsync<T>(this IObjectStore store, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var stream = await store.OpenReadIfExistsAsync(path, cancellationToken);
        return stream is null ? default : await JsonSerializer.DeserializeAsync<T>(stream, AliaBatchJson.Compact, cancellationToken);
    }

    /// <summary>Reads the whole object as UTF-8 text.</summary>
    public static async Task<string> ReadTextAsync(this IObjectStore store, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var stream = await store.OpenReadAsync(path, cancellationToken);
        using var reader = new StreamReader(stream, s_utf8);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
