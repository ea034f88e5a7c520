using System.ComponentModel.DataAnnotations;
using AliaBatch.Orchestration.Payloads;

namespace AliaBatch.Orchestration;

/// <summary>
/// How jobs are listed, batched and fanned out. Read once when a job is scheduled and carried in its input as
/// <see cref="BatchLimits"/>, so a replay never sees a changed setting.
/// </summary>
public sealed class OrchestrationOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "AliaBatch:Orchestration";

    /// <summary>Source objects listed per page; each page is one execution of the job orchestrator.</summary>
    [Range(1, 100_000, ErrorMessage = "AliaBatch:Orchestration:ListPageSize must be between 1 and 100000.")]
    public int ListPageSize { get; set; } = 2_000;

    /// <summary>Most source objects in one batch.</summary>
    [Range(1, 10_000, ErrorMessage = "AliaBatch:Orchestration:MaxDocumentsPerBatch must be between 1 and 10000.")]
    public int MaxDocumentsPerBatch { get; set; } = 32;

    /// <summary>Most source bytes in one batch (bytes stand in for tokens); a larger document gets a batch of its own.</summary>
    [Range(1, long.MaxValue, ErrorMessage = "AliaBatch:Orchestration:MaxBytesPerBatch must be positive.")]
    public long MaxBytesPerBatch { get; set; } = 4L * 1024 * 1024;

    /// <summary>Batches per group sub-orchestration; bounds that orchestration's history (about 4 events per batch).</summary>
    [Range(1, 60, ErrorMessage = "AliaBatch:Orchestration:BatchesPerGroup must be between 1 and 60.")]
    public int BatchesPerGroup { get; set; } = 25;

    /// <summary>Groups running at once; cancellation stops dispatch at group granularity.</summary>
    [Range(1, 64, ErrorMessage = "AliaBatch:Orchestration:MaxConcurrentGroups must be between 1 and 64.")]
    public int MaxConcurrentGroups { get; set; } = 4;

    /// <summary>The limits carried in a job's input.</summary>
    public BatchLimits ToLimits() => new(ListPageSize, MaxDocumentsPerBatch, MaxBytesPerBatch, BatchesPerGroup, MaxConcurrentGroups);
}
