using System.ComponentModel.DataAnnotations;
using AliaBatch.Orchestration.Dispatch;
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

    /// <summary>
    /// Batches per group sub-orchestration; bounds that orchestration's history (about 4 events per batch). A group
    /// replays its history on every batch it finishes, so the durable work per batch grows with this number.
    /// </summary>
    [Range(1, 60, ErrorMessage = "AliaBatch:Orchestration:BatchesPerGroup must be between 1 and 60.")]
    public int BatchesPerGroup { get; set; } = 10;

    /// <summary>
    /// Groups running at once; with <see cref="BatchesPerGroup"/>, the batches scheduled at once (80 by default).
    /// Cancellation stops dispatch at group granularity.
    /// </summary>
    [Range(1, 64, ErrorMessage = "AliaBatch:Orchestration:MaxConcurrentGroups must be between 1 and 64.")]
    public int MaxConcurrentGroups { get; set; } = 8;

    /// <summary>
    /// How batches are processed: <see cref="BatchDispatch.Inline"/> (default) in the orchestration worker, or
    /// <see cref="BatchDispatch.Transport"/> over the batch transport (<c>AliaBatch:Transport:Kind</c>) to the inference tier.
    /// </summary>
    [EnumDataType(typeof(BatchDispatch), ErrorMessage = "AliaBatch:Orchestration:Dispatch must be Inline or Transport.")]
    public BatchDispatch Dispatch { get; set; } = BatchDispatch.Inline;

    /// <summary>Transport dispatch: how long one dispatch of a batch may take before the batch is dispatched again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "AliaBatch:Orchestration:BatchDeadline must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan BatchDeadline { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Transport dispatch: dispatches of a batch before its documents are failed as <c>batch.undeliverable</c>.</summary>
    [Range(1, 20, ErrorMessage = "AliaBatch:Orchestration:MaxDispatchAttempts must be between 1 and 20.")]
    public int MaxDispatchAttempts { get; set; } = 3;

    /// <summary>Transport dispatch: the durable timer between checks for a group's batch manifests.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00", ErrorMessage = "AliaBatch:Orchestration:PollInterval must be between 00:00:00.010 and 00:10:00.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The dispatch settings carried in a job's <see cref="BatchJob"/>: null for inline processing.</summary>
    public DispatchSettings? ToDispatch() =>
        Dispatch == BatchDispatch.Transport ? new DispatchSettings(BatchDeadline, MaxDispatchAttempts, PollInterval) : null;

    /// <summary>The limits carried in a job's input.</summary>
    public BatchLimits ToLimits() => new(ListPageSize, MaxDocumentsPerBatch, MaxBytesPerBatch, BatchesPerGroup, MaxConcurrentGroups);
}
