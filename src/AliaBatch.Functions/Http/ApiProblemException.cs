namespace AliaBatch.Functions.Http;

/// <summary>
/// An HTTP request the API refuses: <see cref="ProblemDetailsMiddleware"/> answers it as RFC 7807 problem details with
/// <see cref="Status"/>. Thrown only by the HTTP functions.
/// </summary>
public sealed class ApiProblemException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ApiProblemException(int status, string title, string detail, string? jsonPointer = null)
        : base(detail)
    {
        Status = status;
        Title = title;
        JsonPointer = jsonPointer;
    }

    /// <summary>Creates a 500 problem.</summary>
    public ApiProblemException()
        : this(500, "Internal error", "The request failed.")
    {
    }

    /// <summary>Creates a 400 problem.</summary>
    public ApiProblemException(string message)
        : this(400, "Bad request", message)
    {
    }

    /// <summary>Creates a 500 problem with its cause.</summary>
    public ApiProblemException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = 500;
        Title = "Internal error";
    }

    /// <summary>The HTTP status code.</summary>
    public int Status { get; }

    /// <summary>A short, fixed summary of the problem type.</summary>
    public string Title { get; }

    /// <summary>JSON pointer (into the body) or the query parameter at fault, when one is.</summary>
    public string? JsonPointer { get; }

    /// <summary>404 for a job run that does not exist.</summary>
    public static ApiProblemException JobNotFound(string id) => new(404, "Job not found", $"No job run '{id}'.");
}
