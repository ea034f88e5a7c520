using System.Security.Cryptography;

namespace AliaBatch.Pipeline.Tasks;

/// <summary>SHA-256 of model files for provenance.</summary>
internal static class FileHashes
{
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
