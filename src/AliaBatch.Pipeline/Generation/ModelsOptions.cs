using System.ComponentModel.DataAnnotations;

namespace AliaBatch.Pipeline.Generation;

/// <summary>
/// Which generative models the translate and summarize tasks use. A model is a folder holding a Hugging Face /
/// Optimum ONNX export or a model pack (docs/models.md); a request's <c>model</c> names a folder under
/// <see cref="Directory"/>.
/// </summary>
public sealed class ModelsOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "AliaBatch:Models";

    /// <summary>Folder where model packs named in requests are found.</summary>
    public string? Directory { get; set; }

    /// <summary>Default translation model folder (salamandraTA); translation targets fail with <c>model.unavailable</c> without one.</summary>
    public string? Translation { get; set; }

    /// <summary>Prompt template of the translation model: <c>salamandra-ta-instruct/1</c> or <c>salamandra-ta-2b/1</c>.</summary>
    public string TranslationTemplate { get; set; } = "salamandra-ta-instruct/1";

    /// <summary>Default instruct model folder for abstractive summaries.</summary>
    public string? Summarization { get; set; }

    /// <summary>Maximum tokens generated per translated segment (salamandraTA's card uses 400).</summary>
    [Range(1, 8192, ErrorMessage = "AliaBatch:Models:TranslationMaxNewTokens must be between 1 and 8192.")]
    public int TranslationMaxNewTokens { get; set; } = 400;

    /// <summary>Beam width for translation (salamandraTA's card uses 5).</summary>
    [Range(1, 8, ErrorMessage = "AliaBatch:Models:TranslationBeams must be between 1 and 8.")]
    public int TranslationBeams { get; set; } = 5;

    /// <summary>Maximum tokens of an abstractive summary.</summary>
    [Range(1, 8192, ErrorMessage = "AliaBatch:Models:SummaryMaxNewTokens must be between 1 and 8192.")]
    public int SummaryMaxNewTokens { get; set; } = 256;

    /// <summary>Token budget of one summarised chunk; longer documents are summarised chunk by chunk, then the partial summaries are summarised (map-reduce).</summary>
    [Range(64, 32768, ErrorMessage = "AliaBatch:Models:SummaryChunkTokens must be between 64 and 32768.")]
    public int SummaryChunkTokens { get; set; } = 3072;
}
