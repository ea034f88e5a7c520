using System.ComponentModel.DataAnnotations;

namespace AliaBatch.Pipeline.Generation;

/// <summary>
/// Which generative models the translate and summarize tasks use. A model is a folder holding a Hugging Face /
/// Optimum ONNX export or a model pack (docs/models.md); a request's <c>model</c> names a folder under
/// <see cref="Directory"/>.
/// </summary>
public sealed class ModelsOptions : IValidatableObject
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

    /// <summary>
    /// Translation directions the translation model serves, as <c>source&gt;target</c> (e.g. <c>eu&gt;es</c>, <c>es&gt;gl</c>);
    /// empty means every direction. A direction that is not listed is translated through Spanish when both legs are.
    /// </summary>
    public IList<string> TranslationDirections { get; } = [];

    /// <summary>
    /// How long a generation request waits for others with the same settings (from concurrently processed documents)
    /// to share its batch; zero batches only requests that arrive together.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:01", ErrorMessage = "AliaBatch:Models:BatchWindow must be between 0 and 1 second.")]
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromMilliseconds(5);

    /// <summary>Prompt tokens that fill a shared generation batch: it runs as soon as they are reached, before the window ends.</summary>
    [Range(1, 10_000_000, ErrorMessage = "AliaBatch:Models:BatchMaxTokens must be between 1 and 10,000,000.")]
    public int BatchMaxTokens { get; set; } = 16_384;

    /// <summary>
    /// Shape buckets each generative model runs once (one prefill and one decode step) when it is loaded, as
    /// <c>batch x promptTokens</c> separated by commas (e.g. <c>1x64,8x64,32x128</c>); empty for none.
    /// </summary>
    public string WarmUpBuckets { get; set; } = "1x64,8x64";

    /// <summary>The parsed <see cref="WarmUpBuckets"/>.</summary>
    public IReadOnlyList<(int BatchSize, int PromptLength)> ParseWarmUpBuckets() =>
        [.. (WarmUpBuckets ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(b => b.Split('x', StringSplitOptions.TrimEntries))
            .Select(p => (int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)))];

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var direction in TranslationDirections)
        {
            var parts = (direction ?? string.Empty).Split('>', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !Core.Languages.LanguageTag.TryParse(parts[0], out _) || !Core.Languages.LanguageTag.TryParse(parts[1], out _))
            {
                yield return new ValidationResult(
                    $"AliaBatch:Models:TranslationDirections entry '{direction}' is not 'source>target' (e.g. 'eu>es').", [nameof(TranslationDirections)]);
            }
        }

        foreach (var bucket in (WarmUpBuckets ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = bucket.Split('x', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !IsPositive(parts[0]) || !IsPositive(parts[1]))
            {
                yield return new ValidationResult(
                    $"AliaBatch:Models:WarmUpBuckets entry '{bucket}' is not 'batch x promptTokens' with both at least 1 (e.g. '1x64,8x64').", [nameof(WarmUpBuckets)]);
            }
        }
    }

    private static bool IsPositive(string text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 1;
}
