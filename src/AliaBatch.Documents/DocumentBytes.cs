using System.Buffers;
using AliaBatch.Core.Errors;

namespace AliaBatch.Documents;

/// <summary>Reads a document stream into memory without ever holding more than the byte limit.</summary>
internal static class DocumentBytes
{
    private const int ChunkBytes = 81_920;

    public static async Task<byte[]> ReadAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        if (content.CanSeek)
        {
            // The size is known (the pipeline hands over the bytes it read from the store): one array of exactly that size.
            var remaining = content.Length - content.Position;
            if (remaining > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            var bytes = remaining == 0 ? throw Empty() : new byte[remaining];
            await content.ReadExactlyAsync(bytes, cancellationToken);
            return bytes;
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw TooLarge(maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.Length == 0 ? throw Empty() : buffer.ToArray();
    }

    private static DocumentProcessingException Empty() => new(ErrorCodes.DocumentEmpty, "The document has zero bytes.");

    private static DocumentProcessingException TooLarge(long maxBytes) => new(
        ErrorCodes.DocumentTooLarge,
        $"The document is larger than {maxBytes:N0} bytes (AliaBatch:Extraction:MaxBytes).");
}
