using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AliaBatch.Worker.Health;

/// <summary>Ready (HTTP 200) only after the models are loaded and warmed and while the worker has not failed.</summary>
internal sealed class ReadinessHealthCheck(WorkerHealth health) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            health.Failure is { } failure ? HealthCheckResult.Unhealthy(failure)
            : health.ModelsReady ? HealthCheckResult.Healthy($"{health.RunningLoops} receive loop(s) running")
            : HealthCheckResult.Unhealthy("Models are not loaded and warmed yet."));
}
