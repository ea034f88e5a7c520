using System.ComponentModel.DataAnnotations;

namespace AliaBatch.Transport.Events;

/// <summary>
/// Where job events go. Service Bus uses <c>AliaBatch:ServiceBus</c> (namespace or connection string, and
/// <c>EventsTopic</c>); the Storage queue uses <see cref="ConnectionString"/> or <see cref="AccountUrl"/>, falling back to
/// <c>AliaBatch:Storage:ConnectionString</c> and <c>AliaBatch:Storage:QueueAccountUrl</c>.
/// </summary>
public sealed class JobEventOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "AliaBatch:Events";

    /// <summary>The publisher (<c>AliaBatch:Events:Kind</c>): None, Log (default), StorageQueue or ServiceBus.</summary>
    public JobEventKind Kind { get; set; } = JobEventKind.Log;

    /// <summary>The Storage queue of events.</summary>
    [Required(ErrorMessage = "AliaBatch:Events:QueueName is required.")]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$", ErrorMessage = "AliaBatch:Events:QueueName must be 3-63 lowercase letters, digits and single hyphens.")]
    public string QueueName { get; set; } = "job-events";

    /// <summary>A storage connection string for the events queue (Azurite: <c>UseDevelopmentStorage=true</c>).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The queue service URL, used with <c>DefaultAzureCredential</c>.</summary>
    public Uri? AccountUrl { get; set; }

    /// <summary>True when the Storage queue can be reached.</summary>
    public bool IsStorageConfigured => !string.IsNullOrWhiteSpace(ConnectionString) || AccountUrl is not null;
}
