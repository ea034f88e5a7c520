using System.Text.Json;
using AliaBatch.Core.Serialization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace AliaBatch.Functions.Http;

/// <summary>
/// The one place HTTP functions' exceptions become responses: RFC 7807 problem details (<see cref="ProblemMapping"/>),
/// e.g. 400 with the JSON pointer of an invalid field, 404, 409. Other triggers' exceptions pass through untouched, so
/// their retry and poison handling still sees them.
/// </summary>
public sealed class ProblemDetailsMiddleware(ILogger<ProblemDetailsMiddleware> logger) : IFunctionsWorkerMiddleware
{
    /// <inheritdoc />
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context);
        }
        catch (Exception exception) when (context.GetHttpContext() is not null && exception is not OperationCanceledException)
        {
            var http = context.GetHttpContext()!;
            var problem = ProblemMapping.From(exception, http.Request.Path);
            var status = problem.Status ?? 500;
            if (status >= 500)
            {
                // Answered, but not hidden: the log keeps the exception the response leaves out.
                logger.FunctionFailed(exception, http.Request.Method, http.Request.Path);
            }
            else
            {
                logger.ProblemAnswered(http.Request.Method, http.Request.Path, status, problem.Detail ?? string.Empty);
            }

            http.Response.StatusCode = status;
            http.Response.ContentType = ProblemMapping.ContentType;
            await JsonSerializer.SerializeAsync(http.Response.Body, problem, AliaBatchJson.Compact, context.CancellationToken);
        }
    }
}
