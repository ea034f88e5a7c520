namespace AliaBatch.Core.Jobs;

/// <summary>A job request that does not match the schema. <see cref="Field"/> is a JSON pointer to the offending field.</summary>
public sealed class JobRequestValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JobRequestValidationException(string field, string message)
        : base($"Invalid job request at '{field}': {message}")
    {
        Field = field;
        Reason = message;
    }

    /// <summary>Creates the exception for the whole request.</summary>
    public JobRequestValidationException()
        : this("/", "the request is invalid")
    {
    }

    /// <summary>Creates the exception for the whole request.</summary>
    public JobRequestValidationException(string message)
        : this("/", message)
    {
    }

    /// <summary>Creates the exception for the whole request.</summary>
    public JobRequestValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "/";
        Reason = message;
    }

    /// <summary>JSON pointer to the field, e.g. <c>/tasks/translate/targets/0</c>; <c>/</c> for the whole request.</summary>
    public string Field { get; }

    /// <summary>What is wrong with the field.</summary>
    public string Reason { get; }
}
