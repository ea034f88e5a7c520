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
}
