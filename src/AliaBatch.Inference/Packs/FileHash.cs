using System.Buffers;
using System.Security.Cryptography;

namespace AliaBatch.Inference.Packs;

/// <summary>Streamed SHA-256 of files and of copies (multi-gigabyte weights never sit in memory).</summary>
internal static class FileHash
{
    private const int BufferSize = 1024 * 1024;

    /// <summary>The lower-case hexadecimal SHA-256 and the size of a file.</summary>
    public static async Task<(string Sha256, long Size)> ComputeAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return await CopyAsync(stream, destination: null, cancellationToken);
    }

    /// <summary>Copies <paramref name="source"/> into <paramref name="destination"/> (when given) while hashing it.</summary>
    public static async Task<(string Sha256, long Size)> CopyAsync(Stream source, Stream? destination, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        long size = 0;
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                if (destination is not null)
                {
                    await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                size += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }

    /// <summary>
    /// Copies a stream to a file through a temporary name while hashing it; the file is moved into place only when its
    /// size and SHA-256 equal <paramref name="expected"/>, otherwise nothing is left behind and the error names the file.
    /// </summary>
    public static async Task CopyVerifiedAsync(Stream source, string destinationPath, ModelPackFile expected, string origin, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destinationPath)!);
        var temporary = $"{destinationPath}.{Guid.NewGuid():N}.partial";
        try
        {
            (string Sha256, long Size) actual;
            await using (var destination = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                actual = await CopyAsync(source, destination, cancellationToken);
            }

            if (Mismatch(expected, actual.Sha256, actual.Size, origin) is { } problem)
            {
                throw new ModelPackException(problem, expected.Path);
            }

            File.Move(temporary, destinationPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Null when the content matches the manifest entry, else a message naming the file and both hashes.</summary>
    public static string? Mismatch(ModelPackFile expected, string actualSha256, long actualSize, string origin) =>
        string.Equals(expected.Sha256, actualSha256, StringComparison.Ordinal) && expected.Size == actualSize
            ? null
            : $"File '{expected.Path}' in {origin} does not match model.json: expected SHA-256 {expected.Sha256} ({expected.Size} bytes), found {actualSha256} ({actualSize} bytes).";
}
