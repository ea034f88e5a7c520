namespace AliaBatch.Core.Errors;

/// <summary>Why a document (or one of its tasks) failed: a stable code and a human-readable message.</summary>
/// <param name="Code">One of <see cref="ErrorCodes"/>.</param>
/// <param name="Message">A specific message naming what was wrong.</param>
public sealed record DocumentError(string Code, string Message)
{
    /// <summary>Builds the error from a <see cref="DocumentProcessingException"/>.</summary>
    public static DocumentError From(DocumentProcessingException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new DocumentError(exception.Code, exception.Message);
    }
}
