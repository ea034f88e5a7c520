using AliaBatch.Core.Errors;

namespace AliaBatch.Documents;

/// <summary>Reads a document stream into memory without ever holding more than the byte limit.</summary>
internal static class DocumentBytes
{
    public static async Task<byte[]> ReadAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        if (content.CanSeek && content.Length - content.Position > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            throw new DocumentProcessingException(ErrorCodes.DocumentEmpty, "The document has zero bytes.");
        }

        return buffer.ToArray();
    }

    private static DocumentProcessingException TooLarge(long maxBytes) => new(
        ErrorCodes.DocumentTooLarge,
        $"The document is larger than {maxBytes:N0} bytes (AliaBatch:Extraction:MaxBytes).");
}
