using System.Reflection;
using System.Text.Json;
using AliaBatch.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Xunit;

namespace AliaBatch.Functions.Tests.Http;

public sealed class OpenApiFunctionTests
{
    [Fact]
    public void Get_ServesOpenApi3Json()
    {
        var result = Assert.IsType<ContentResult>(OpenApiFunction.Get(new DefaultHttpContext().Request));

        Assert.Equal(200, result.StatusCode);
        using var document = JsonDocument.Parse(result.Content!);
        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Document_HasEveryHttpFunctionRouteAndMethod()
    {
        using var document = JsonDocument.Parse(OpenApiFunction.Document);
        var paths = document.RootElement.GetProperty("paths");
        var triggers = typeof(JobsApi).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetParameters())
            .Select(p => p.GetCustomAttribute<HttpTriggerAttribute>())
            .OfType<HttpTriggerAttribute>()
            .ToList();

        Assert.Equal(6, triggers.Count);
        foreach (var trigger in triggers)
        {
            Assert.True(paths.TryGetProperty("/" + trigger.Route, out var path), $"/{trigger.Route} is not in openapi.json");
            foreach (var method in trigger.Methods!)
            {
                Assert.True(path.TryGetProperty(method, out _), $"{method} /{trigger.Route} is not in openapi.json");
            }
        }
    }
}
