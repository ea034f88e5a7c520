namespace AliaBatch.Transport;

/// <summary>
/// The lock (or visibility timeout) of a received batch ran out before it was settled or renewed: the batch may
/// already be in another receiver's hands, so this one must stop and must not settle it.
/// </summary>
public sealed class BatchLockLostException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BatchLockLostException()
        : base("The lock on the batch was lost.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public BatchLockLostException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the transport's error.</summary>
    public BatchLockLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
