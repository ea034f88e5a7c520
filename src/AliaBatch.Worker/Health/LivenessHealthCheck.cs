using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AliaBatch.Worker.Health;

/// <summary>Live (HTTP 200) while the process works: during model preparation and while its receive loops run.</summary>
internal sealed class LivenessHealthCheck(WorkerHealth health) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(health.Failure is { } failure ? HealthCheckResult.Unhealthy(failure) : HealthCheckResult.Healthy());
}
