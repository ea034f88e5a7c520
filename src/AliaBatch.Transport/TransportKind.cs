namespace AliaBatch.Transport;

/// <summary>Which queue carries batches to the inference workers.</summary>
public enum TransportKind
{
    /// <summary>A channel inside the process (embedded host; nothing survives a restart).</summary>
    InProcess,

    /// <summary>An Azure Storage queue (local durable mode on Azurite).</summary>
    StorageQueue,

    /// <summary>An Azure Service Bus queue (production).</summary>
    ServiceBus,
}
