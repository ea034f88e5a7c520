using System.ComponentModel.DataAnnotations;

namespace AliaBatch.Documents;

/// <summary>Limits and settings for document text extraction (configuration section <see cref="SectionName"/>).</summary>
public sealed class ExtractionOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "AliaBatch:Extraction";

    /// <summary>The largest document accepted, in bytes (<c>AliaBatch:Extraction:MaxBytes</c>). Default 100 MB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>
    /// The most characters a document may yield (<c>AliaBatch:Extraction:MaxCharacters</c>). Default 5,000,000
    /// (about 2,500 pages of prose, ~10 MB of UTF-16 in memory).
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxCharacters { get; set; } = 5_000_000;

    /// <summary>The most pages a PDF may have (<c>AliaBatch:Extraction:MaxPages</c>). Default 2,000.</summary>
    [Range(1, int.MaxValue)]
    public int MaxPages { get; set; } = 2_000;

    /// <summary>The largest uncompressed/compressed size ratio of a DOCX archive (<c>AliaBatch:Extraction:MaxArchiveExpansionRatio</c>). Default 100.</summary>
    [Range(1.0, double.MaxValue)]
    public double MaxArchiveExpansionRatio { get; set; } = 100;

    /// <summary>The most entries a DOCX archive may hold (<c>AliaBatch:Extraction:MaxArchiveEntries</c>). Default 10,000.</summary>
    [Range(1, int.MaxValue)]
    public int MaxArchiveEntries { get; set; } = 10_000;

    /// <summary>The largest total uncompressed size of a DOCX archive, in bytes (<c>AliaBatch:Extraction:MaxArchiveUncompressedBytes</c>). Default 500 MB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxArchiveUncompressedBytes { get; set; } = 500L * 1024 * 1024;

    /// <summary>How long parsing one document may take (<c>AliaBatch:Extraction:ParseTimeout</c>). Default 60 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan ParseTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The deepest HTML element nesting accepted, the root element counting as 1 (<c>AliaBatch:Extraction:MaxHtmlDepth</c>). Default 512.</summary>
    [Range(1, 100_000)]
    public int MaxHtmlDepth { get; set; } = 512;

    /// <summary>The deepest XML element nesting accepted inside a DOCX part (<c>AliaBatch:Extraction:MaxXmlDepth</c>). Default 256.</summary>
    [Range(1, 100_000)]
    public int MaxXmlDepth { get; set; } = 256;

    /// <summary>The JSONL property holding each record's id (<c>AliaBatch:Extraction:JsonlIdField</c>). Default <c>id</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string JsonlIdField { get; set; } = "id";

    /// <summary>The JSONL property holding each record's text (<c>AliaBatch:Extraction:JsonlTextField</c>). Default <c>text</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string JsonlTextField { get; set; } = "text";
}
