using AliaBatch.Core.Jobs;
using Microsoft.AspNetCore.Mvc;

namespace AliaBatch.Functions.Http;

/// <summary>Which exceptions of an HTTP function become which problem details (RFC 7807); anything else is a 500.</summary>
public static class ProblemMapping
{
    /// <summary>The problem media type.</summary>
    public const string ContentType = "application/problem+json";

    /// <summary>Maps <paramref name="exception"/> to problem details; <c>instance</c> is the request path.</summary>
    public static ProblemDetails From(Exception exception, string instance)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var problem = exception switch
        {
            JobRequestValidationException invalid => Create(400, "Invalid job request", invalid.Message, invalid.Field),
            ApiProblemException api => Create(api.Status, api.Title, api.Message, api.JsonPointer),
            _ => Create(500, "Internal error", "The request failed; the function's logs have the cause.", null),
        };
        problem.Instance = instance;
        return problem;
    }

    private static ProblemDetails Create(int status, string title, string detail, string? pointer)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Title = title,
            Detail = detail,
            Type = $"https://httpstatuses.io/{status}",
        };
        if (pointer is not null)
        {
            problem.Extensions["pointer"] = pointer;
        }

        return problem;
    }
}
