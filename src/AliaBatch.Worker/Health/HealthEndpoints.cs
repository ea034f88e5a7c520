using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace AliaBatch.Worker.Health;

/// <summary>The probe endpoints: Kubernetes-style paths and the <c>/health/*</c> paths the Container Apps template probes.</summary>
public static class HealthEndpoints
{
    /// <summary>Liveness paths.</summary>
    public static IReadOnlyList<string> LivenessPaths { get; } = ["/healthz", "/health/live"];

    /// <summary>Readiness paths.</summary>
    public static IReadOnlyList<string> ReadinessPaths { get; } = ["/readyz", "/health/ready"];

    /// <summary>Tag of the liveness check.</summary>
    internal const string LiveTag = "live";

    /// <summary>Tag of the readiness check.</summary>
    internal const string ReadyTag = "ready";

    /// <summary>Maps the probes: 200 when healthy, 503 otherwise.</summary>
    public static IEndpointRouteBuilder MapAliaBatchWorkerHealth(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        foreach (var path in LivenessPaths)
        {
            endpoints.MapHealthChecks(path, new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) });
        }

        foreach (var path in ReadinessPaths)
        {
            endpoints.MapHealthChecks(path, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        }

        return endpoints;
    }
}
