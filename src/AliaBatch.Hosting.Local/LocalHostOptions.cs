using System.ComponentModel.DataAnnotations;

namespace AliaBatch.Hosting.Local;

/// <summary>
/// How the durable local host (<c>aliabatch serve</c>) keeps its Durable Task state and what it watches. The storage
/// account is <c>AliaBatch:Storage:ConnectionString</c>; containers come from <c>AliaBatch:Intake</c>.
/// </summary>
public sealed class LocalHostOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "AliaBatch:LocalHost";

    /// <summary>Durable Task hub: the prefix of its queues, tables and lease containers. Two hosts on one hub share the work.</summary>
    [Required(ErrorMessage = "AliaBatch:LocalHost:TaskHubName is required.")]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,44}$", ErrorMessage = "AliaBatch:LocalHost:TaskHubName must be 3-45 letters and digits, starting with a letter.")]
    public string TaskHubName { get; set; } = "aliabatch";

    /// <summary>Control-queue partitions of a new task hub (fixed once the hub exists); one is plenty on one machine.</summary>
    [Range(1, 16, ErrorMessage = "AliaBatch:LocalHost:PartitionCount must be between 1 and 16.")]
    public int PartitionCount { get; set; } = 1;

    /// <summary>
    /// How long a message the host took stays invisible to others: after a crash, work in flight is picked up again
    /// once this passes. It must exceed the longest batch.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00", ErrorMessage = "AliaBatch:LocalHost:MessageVisibilityTimeout must be between 5 seconds and 1 hour.")]
    public TimeSpan MessageVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest wait between polls of the Durable Task queues when they are idle.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:30", ErrorMessage = "AliaBatch:LocalHost:MaxQueuePollingInterval must be between 100 ms and 30 seconds.")]
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the incoming container is listed for new drops and the agency queue is polled when empty (no Event Grid locally).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "AliaBatch:LocalHost:PollInterval must be between 100 ms and 10 minutes.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Whether drops in the incoming container start jobs.</summary>
    public bool WatchIncoming { get; set; } = true;

    /// <summary>Whether job requests on <see cref="AgencyQueueName"/> start jobs.</summary>
    public bool WatchAgencyQueue { get; set; } = true;

    /// <summary>Storage queue of agency job requests; rejected and repeatedly failing messages go to <c>{name}-poison</c>.</summary>
    [Required(ErrorMessage = "AliaBatch:LocalHost:AgencyQueueName is required.")]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,54}[a-z0-9]$", ErrorMessage = "AliaBatch:LocalHost:AgencyQueueName must be 3-56 lowercase letters, digits and single hyphens (the poison queue adds '-poison').")]
    public string AgencyQueueName { get; set; } = "agency-jobs";

    /// <summary>Deliveries of one agency message that fail to start a job before it goes to the poison queue.</summary>
    [Range(1, 100, ErrorMessage = "AliaBatch:LocalHost:MaxDequeueCount must be between 1 and 100.")]
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>Name recorded as the host in job manifests.</summary>
    [Required(ErrorMessage = "AliaBatch:LocalHost:HostName is required.")]
    public string HostName { get; set; } = "local";
}
