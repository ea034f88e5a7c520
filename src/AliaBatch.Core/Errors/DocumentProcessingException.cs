namespace AliaBatch.Core.Errors;

/// <summary>
/// A failure confined to one document. The pipeline records it as a failed entry with
/// <see cref="Code"/> (one of <see cref="ErrorCodes"/>) and goes on with the rest of the job.
/// </summary>
public sealed class DocumentProcessingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DocumentProcessingException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
    }

    /// <summary>Creates the exception with the internal error code.</summary>
    public DocumentProcessingException()
        : this(ErrorCodes.Internal, "Document processing failed.")
    {
    }

    /// <summary>Creates the exception with the internal error code.</summary>
    public DocumentProcessingException(string message)
        : this(ErrorCodes.Internal, message)
    {
    }

    /// <summary>Creates the exception with the internal error code.</summary>
    public DocumentProcessingException(string message, Exception innerException)
        : this(ErrorCodes.Internal, message, innerException)
    {
    }

    /// <summary>The stable error code.</summary>
    public string Code { get; }
}
