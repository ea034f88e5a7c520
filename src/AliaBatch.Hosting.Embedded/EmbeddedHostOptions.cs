using System.ComponentModel.DataAnnotations;

namespace AliaBatch.Hosting.Embedded;

/// <summary>How the embedded host follows a running job.</summary>
public sealed class EmbeddedHostOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "AliaBatch:EmbeddedHost";

    /// <summary>How often the orchestration's status is read for progress and completion.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00", ErrorMessage = "AliaBatch:EmbeddedHost:PollInterval must be between 10 ms and 1 minute.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// With <c>AliaBatch:Orchestration:Dispatch</c> = Transport: how many <c>BatchConsumer</c> loops the host runs against
    /// the registered batch receiver for its lifetime. Unset: <c>AliaBatch:Pipeline:MaxParallelDocuments</c>; 0: none
    /// (separate workers consume the transport).
    /// </summary>
    [Range(0, 256, ErrorMessage = "AliaBatch:EmbeddedHost:BatchConsumers must be between 0 and 256.")]
    public int? BatchConsumers { get; set; }
}
