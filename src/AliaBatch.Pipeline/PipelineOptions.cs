using System.ComponentModel.DataAnnotations;

namespace AliaBatch.Pipeline;

/// <summary>How the document pipeline runs a job.</summary>
public sealed class PipelineOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "AliaBatch:Pipeline";

    /// <summary>Documents processed at the same time (default: the processor count).</summary>
    [Range(1, 256, ErrorMessage = "AliaBatch:Pipeline:MaxParallelDocuments must be between 1 and 256.")]
    public int MaxParallelDocuments { get; set; } = Environment.ProcessorCount;

    /// <summary>How often the manifest and <c>index.jsonl</c> are rewritten while a job runs.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00", ErrorMessage = "AliaBatch:Pipeline:CheckpointInterval must be between 100 ms and 1 hour.")]
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(2);
}
