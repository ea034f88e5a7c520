using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AliaBatch.Functions.Http;

/// <summary><c>GET /api/openapi.json</c>: the OpenAPI 3 document of the job API (embedded <c>Http/openapi.json</c>).</summary>
public static class OpenApiFunction
{
    private const string Resource = "AliaBatch.Functions.openapi.json";

    private static readonly Lazy<string> s_document = new(() =>
    {
        using var stream = typeof(OpenApiFunction).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource '{Resource}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The document text.</summary>
    public static string Document => s_document.Value;

    /// <summary>Serves the document (anonymous: it describes the API, it grants nothing).</summary>
    [Function("OpenApi")]
    public static IActionResult Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request) =>
        new ContentResult { Content = Document, ContentType = "application/json", StatusCode = StatusCodes.Status200OK };
}
