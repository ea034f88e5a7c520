using System.IO.Compression;
using System.Xml;
using AliaBatch.Core.Errors;

namespace AliaBatch.Documents;

/// <summary>
/// Checks a DOCX zip before the OpenXML SDK opens it: entry count, declared uncompressed size and
/// expansion ratio from the central directory, then the sizes actually inflated (headers can lie)
/// and the XML nesting depth of every part, all in one bounded streaming pass.
/// </summary>
internal static class ArchiveInspector
{
    public static void Inspect(byte[] content, ExtractionOptions options, CancellationToken cancellationToken)
    {
        using var archive = Open(content);
        if (archive.Entries.Count > options.MaxArchiveEntries)
        {
            throw Limit($"has {archive.Entries.Count:N0} entries, more than {options.MaxArchiveEntries:N0} (AliaBatch:Extraction:MaxArchiveEntries)");
        }

        var budget = Budget(content.LongLength, options);
        var declared = archive.Entries.Sum(e => e.Length);
        CheckTotal(declared, content.LongLength, options);

        long inflated = 0;
        var buffer = new byte[81_920];
        foreach (var entry in archive.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var stream = new CountingStream(entry.Open(), budget - inflated);
            if (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                CheckXmlDepth(stream, entry.FullName, options.MaxXmlDepth);
            }

            while (stream.Read(buffer) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            inflated += stream.BytesRead;
        }
    }

    private static ZipArchive Open(byte[] content)
    {
        try
        {
            return new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentProcessingException(ErrorCodes.DocumentCorrupt, "The DOCX file is not a readable zip archive.", ex);
        }
    }

    private static long Budget(long compressed, ExtractionOptions options)
    {
        var byRatio = compressed * options.MaxArchiveExpansionRatio;
        return (long)Math.Min(options.MaxArchiveUncompressedBytes, Math.Min(byRatio, long.MaxValue / 2));
    }

    private static void CheckTotal(long uncompressed, long compressed, ExtractionOptions options)
    {
        if (uncompressed > options.MaxArchiveUncompressedBytes)
        {
            throw Limit($"expands to {uncompressed:N0} bytes, more than {options.MaxArchiveUncompressedBytes:N0} (AliaBatch:Extraction:MaxArchiveUncompressedBytes)");
        }

        var ratio = (double)uncompressed / compressed;
        if (ratio > options.MaxArchiveExpansionRatio)
        {
            throw Limit($"expands {ratio:N0} times its size, more than {options.MaxArchiveExpansionRatio:N0} (AliaBatch:Extraction:MaxArchiveExpansionRatio)");
        }
    }

    private static void CheckXmlDepth(Stream stream, string entryName, int maxDepth)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreWhitespace = true,
            IgnoreComments = true,
        };
        using var reader = XmlReader.Create(stream, settings);
        while (reader.Read())
        {
            if (reader.Depth >= maxDepth)
            {
                throw new DocumentProcessingException(
                    ErrorCodes.DocumentTooDeep,
                    $"The DOCX part '{entryName}' nests XML deeper than {maxDepth} levels (AliaBatch:Extraction:MaxXmlDepth).");
            }
        }
    }

    internal static DocumentProcessingException Limit(string what) =>
        new(ErrorCodes.DocumentArchiveLimit, $"The DOCX archive {what}.");
}
