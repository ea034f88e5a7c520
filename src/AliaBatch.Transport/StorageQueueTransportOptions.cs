using System.ComponentModel.DataAnnotations;

namespace AliaBatch.Transport;

/// <summary>
/// How to reach the Storage queue of inference batches. When neither <see cref="ConnectionString"/> nor
/// <see cref="AccountUrl"/> is set here, the storage account's settings are used: <c>AliaBatch:Storage:ConnectionString</c>
/// (Azurite) or <c>AliaBatch:Storage:QueueAccountUrl</c> (managed identity). Read only when
/// <see cref="TransportOptions.Kind"/> is StorageQueue.
/// </summary>
public sealed class StorageQueueTransportOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "AliaBatch:StorageQueue";

    /// <summary>A connection string (Azurite: <c>UseDevelopmentStorage=true</c> or an explicit endpoint string).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The queue service URL, e.g. <c>https://account.queue.core.windows.net</c>, used with <c>DefaultAzureCredential</c>.</summary>
    public Uri? AccountUrl { get; set; }

    /// <summary>The queue; poison messages go to <c>{QueueName}-poison</c>, so the name leaves room for the suffix.</summary>
    [Required(ErrorMessage = "AliaBatch:StorageQueue:QueueName is required.")]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,54}[a-z0-9]$", ErrorMessage = "AliaBatch:StorageQueue:QueueName must be 3-56 lowercase letters, digits and single hyphens (the poison queue adds '-poison').")]
    public string QueueName { get; set; } = "inference-batches";

    /// <summary>Longest pause between polls of an empty queue (polling backs off up to it).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00", ErrorMessage = "AliaBatch:StorageQueue:MaxPollInterval must be between 00:00:00.010 and 00:01:00.")]
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>True when either way of connecting is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString) || AccountUrl is not null;
}
