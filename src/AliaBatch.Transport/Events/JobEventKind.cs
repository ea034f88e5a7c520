namespace AliaBatch.Transport.Events;

/// <summary>Where job events go.</summary>
public enum JobEventKind
{
    /// <summary>Nowhere: events are dropped.</summary>
    None,

    /// <summary>The application log (the embedded default).</summary>
    Log,

    /// <summary>An Azure Storage queue (local durable mode on Azurite).</summary>
    StorageQueue,

    /// <summary>The Azure Service Bus topic (production).</summary>
    ServiceBus,
}
