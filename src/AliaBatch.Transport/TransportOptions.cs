using System.ComponentModel.DataAnnotations;

namespace AliaBatch.Transport;

/// <summary>Which transport carries inference batches, and the delivery rules every transport follows.</summary>
public sealed class TransportOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "AliaBatch:Transport";

    /// <summary>The transport (<c>AliaBatch:Transport:Kind</c>): InProcess (default), StorageQueue or ServiceBus.</summary>
    public TransportKind Kind { get; set; } = TransportKind.InProcess;

    /// <summary>
    /// Deliveries before a batch is dead-lettered. Keep it equal to the Service Bus queue's <c>maxDeliveryCount</c>
    /// (5 in the Bicep templates), which the broker enforces on its own.
    /// </summary>
    [Range(1, 100, ErrorMessage = "AliaBatch:Transport:MaxDeliveryCount must be between 1 and 100.")]
    public int MaxDeliveryCount { get; set; } = 5;

    /// <summary>
    /// How long a received batch stays locked without renewal: the in-process lock and the Storage queue visibility
    /// timeout. Service Bus uses the queue's own <c>lockDuration</c> (5 minutes in the Bicep templates).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "AliaBatch:Transport:LockDuration must be between 00:00:01 and 7.00:00:00.")]
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long after receipt a batch's lock is renewed automatically; a batch taking longer loses its lock.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "AliaBatch:Transport:MaxLockRenewalDuration must be between 00:00:01 and 7.00:00:00.")]
    public TimeSpan MaxLockRenewalDuration { get; set; } = TimeSpan.FromHours(2);
}
