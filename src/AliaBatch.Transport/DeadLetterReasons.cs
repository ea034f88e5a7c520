namespace AliaBatch.Transport;

/// <summary>Reasons the transports themselves give when they dead-letter a message.</summary>
public static class DeadLetterReasons
{
    /// <summary>Delivered more than the maximum number of times (the same text Service Bus uses).</summary>
    public const string MaxDeliveryCountExceeded = "MaxDeliveryCountExceeded";

    /// <summary>The body is not a valid <see cref="InferenceBatchMessage"/>.</summary>
    public const string MalformedMessage = "MalformedMessage";
}
