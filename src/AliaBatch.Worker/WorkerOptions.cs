using System.ComponentModel.DataAnnotations;

namespace AliaBatch.Worker;

/// <summary>How the GPU worker runs (configuration section <c>AliaBatch:Worker</c>).</summary>
public sealed class WorkerOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "AliaBatch:Worker";

    /// <summary>The default model cache folder (a volume in the container image).</summary>
    public const string DefaultModelCacheDirectory = "/var/cache/aliabatch/models";

    /// <summary>Port of the health endpoints (<c>/healthz</c>, <c>/readyz</c> and their <c>/health/*</c> aliases); 0 picks a free port.</summary>
    [Range(0, 65535, ErrorMessage = "AliaBatch:Worker:HealthPort must be between 0 and 65535.")]
    public int HealthPort { get; set; } = 8080;

    /// <summary>Batches processed at once, each by its own receive loop: one per GPU.</summary>
    [Range(1, 64, ErrorMessage = "AliaBatch:Worker:ConcurrentBatches must be between 1 and 64.")]
    public int ConcurrentBatches { get; set; } = 1;

    /// <summary>Longest wait of one receive call, so that a loop notices shutdown between waits.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00", ErrorMessage = "AliaBatch:Worker:ReceiveWaitTime must be between 00:00:00.050 and 00:01:00.")]
    public TimeSpan ReceiveWaitTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Local folder the model packs are pulled into, one subfolder per pack.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "AliaBatch:Worker:ModelCacheDirectory is required.")]
    public string ModelCacheDirectory { get; set; } = DefaultModelCacheDirectory;

    /// <summary>Model pack ids to pull and warm up at start, besides <see cref="TranslationPack"/> and <see cref="SummarizationPack"/>.</summary>
    public IList<string> ModelPacks { get; } = [];

    /// <summary>Pack id of the default translation model; it becomes <c>AliaBatch:Models:Translation</c>.</summary>
    public string? TranslationPack { get; set; }

    /// <summary>Pack id of the default abstractive-summary model; it becomes <c>AliaBatch:Models:Summarization</c>.</summary>
    public string? SummarizationPack { get; set; }

    /// <summary>
    /// How long shutdown may take (it becomes <c>HostOptions.ShutdownTimeout</c>; keep it within the container's
    /// termination grace period: 300 s in bicep/modules/container-apps.bicep). The batch in hand may finish until
    /// <see cref="AbandonReserve"/> before it ends; then it is abandoned.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "AliaBatch:Worker:ShutdownTimeout must be between 00:00:01 and 01:00:00.")]
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(290);

    /// <summary>The end of <see cref="ShutdownTimeout"/> kept for abandoning the batch in hand.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "AliaBatch:Worker:AbandonReserve must be between 00:00:00 and 00:10:00.")]
    public TimeSpan AbandonReserve { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the batch in hand may still run after shutdown begins.</summary>
    public TimeSpan GracePeriod => ShutdownTimeout > AbandonReserve ? ShutdownTimeout - AbandonReserve : TimeSpan.Zero;

    /// <summary>
    /// Pause after receiving a batch, before processing it, while holding its lock. Zero in production; tests and
    /// drills set it to hold a batch long enough to kill the worker mid-batch.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "AliaBatch:Worker:HoldAfterReceive must be between 00:00:00 and 01:00:00.")]
    public TimeSpan HoldAfterReceive { get; set; } = TimeSpan.Zero;

    /// <summary>Every pack to pull: <see cref="ModelPacks"/>, then the translation and summary packs, without repeats.</summary>
    public IReadOnlyList<string> AllPacks() =>
        [.. ModelPacks.Append(TranslationPack).Append(SummarizationPack).OfType<string>().Where(p => p.Length > 0).Distinct(StringComparer.Ordinal)];
}
