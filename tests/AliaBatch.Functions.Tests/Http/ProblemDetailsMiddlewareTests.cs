using System.Text.Json;
using AliaBatch.Core.Jobs;
using AliaBatch.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace AliaBatch.Functions.Tests.Http;

public sealed class ProblemDetailsMiddlewareTests
{
    [Fact]
    public async Task Invoke_HttpFunctionThrowsValidationError_WritesProblemJson400WithPointer()
    {
        var http = new DefaultHttpContext();
        http.Request.Path = "/api/jobs";
        http.Response.Body = new MemoryStream();
        var middleware = new ProblemDetailsMiddleware(NullLogger<ProblemDetailsMiddleware>.Instance);

        await middleware.Invoke(new TestFunctionContext(http), _ => throw new JobRequestValidationException("/source/kind", "bad kind"));

        Assert.Equal(400, http.Response.StatusCode);
        Assert.Equal("application/problem+json", http.Response.ContentType);
        http.Response.Body.Position = 0;
        using var problem = await JsonDocument.ParseAsync(http.Response.Body, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("/source/kind", problem.RootElement.GetProperty("pointer").GetString());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("/api/jobs", problem.RootElement.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task Invoke_NotFound_Writes404()
    {
        var http = new DefaultHttpContext();
        http.Response.Body = new MemoryStream();
        var middleware = new ProblemDetailsMiddleware(NullLogger<ProblemDetailsMiddleware>.Instance);

        await middleware.Invoke(new TestFunctionContext(http), _ => throw ApiProblemException.JobNotFound("x:y"));

        Assert.Equal(404, http.Response.StatusCode);
    }

    [Fact]
    public async Task Invoke_NonHttpFunctionThrows_Rethrows()
    {
        var middleware = new ProblemDetailsMiddleware(NullLogger<ProblemDetailsMiddleware>.Instance);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            middleware.Invoke(new TestFunctionContext(null), _ => throw new InvalidOperationException("queue failure")));
    }
}
