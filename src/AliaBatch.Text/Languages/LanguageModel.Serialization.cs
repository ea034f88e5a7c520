using System.IO.Compression;
using System.Text;
using AliaBatch.Core.Languages;

namespace AliaBatch.Text.Languages;

public sealed partial class LanguageModel
{
    private const int Magic = 0x44494C41; // "ALID"
    private const int FormatVersion = 1;

    /// <summary>
    /// Writes the model's counts (not its derived tables) in a deterministic binary form: the same
    /// training data always gives the same bytes, which is what makes the embedded model checkable.
    /// </summary>
    /// <param name="destination">The stream to write to; left open.</param>
    public void Write(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var writer = new BinaryWriter(destination, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(NGramText.MaxOrder);
        writer.Write(_languages.Length);
        foreach (var language in _languages)
        {
            writer.Write(language.Value);
        }

        writer.Write(_grams.Length);
        for (var g = 0; g < _grams.Length; g++)
        {
            writer.Write(_grams[g]);
            for (var l = 0; l < _languages.Length; l++)
            {
                writer.Write7BitEncodedInt(_counts[(g * _languages.Length) + l]);
            }
        }
    }

    /// <summary>Writes the model gzip-compressed, the form embedded in this assembly.</summary>
    /// <param name="destination">The stream to write to; left open.</param>
    public void WriteCompressed(Stream destination)
    {
        using var gzip = new GZipStream(destination, CompressionLevel.SmallestSize, leaveOpen: true);
        Write(gzip);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <param name="source">The stream to read from; left open.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidDataException">The stream does not hold a model of this format.</exception>
    public static LanguageModel Read(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var reader = new BinaryReader(source, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("The stream is not an AliaBatch language model (format version 1).");
        }

        var maxOrder = reader.ReadInt32();
        if (maxOrder != NGramText.MaxOrder)
        {
            throw new InvalidDataException($"The language model uses {maxOrder}-grams; this build scores {NGramText.MaxOrder}-grams.");
        }

        var languages = new LanguageTag[reader.ReadInt32()];
        for (var l = 0; l < languages.Length; l++)
        {
            languages[l] = LanguageTag.Parse(reader.ReadString());
        }

        var grams = new string[reader.ReadInt32()];
        var counts = new int[grams.Length * languages.Length];
        for (var g = 0; g < grams.Length; g++)
        {
            grams[g] = reader.ReadString();
            for (var l = 0; l < languages.Length; l++)
            {
                counts[(g * languages.Length) + l] = reader.Read7BitEncodedInt();
            }
        }

        return new LanguageModel(languages, grams, counts);
    }

    /// <summary>Reads a model written by <see cref="WriteCompressed"/>.</summary>
    /// <param name="source">The gzip stream to read from; left open.</param>
    /// <returns>The model.</returns>
    public static LanguageModel ReadCompressed(Stream source)
    {
        using var gzip = new GZipStream(source, CompressionMode.Decompress, leaveOpen: true);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        buffer.Position = 0;
        return Read(buffer);
    }
}
