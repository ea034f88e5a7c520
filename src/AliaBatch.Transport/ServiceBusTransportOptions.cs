using System.ComponentModel.DataAnnotations;

namespace AliaBatch.Transport;

/// <summary>
/// How to reach Azure Service Bus: <see cref="FullyQualifiedNamespace"/> with <c>DefaultAzureCredential</c> (managed
/// identity in Azure), or <see cref="ConnectionString"/>. Read only when <see cref="TransportOptions.Kind"/> is ServiceBus.
/// </summary>
public sealed class ServiceBusTransportOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "AliaBatch:ServiceBus";

    /// <summary>The namespace host name, e.g. <c>aliabatch-prod.servicebus.windows.net</c>.</summary>
    public string? FullyQualifiedNamespace { get; set; }

    /// <summary>A connection string (shared-key or emulator); takes precedence over <see cref="FullyQualifiedNamespace"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The queue of inference batches.</summary>
    [Required(ErrorMessage = "AliaBatch:ServiceBus:QueueName is required.")]
    public string QueueName { get; set; } = "inference-batches";

    /// <summary>The topic of job events (the orchestration publishes there; not used by the batch transport itself).</summary>
    [Required(ErrorMessage = "AliaBatch:ServiceBus:EventsTopic is required.")]
    public string EventsTopic { get; set; } = "job-events";

    /// <summary>True when either way of connecting is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString) || !string.IsNullOrWhiteSpace(FullyQualifiedNamespace);
}
