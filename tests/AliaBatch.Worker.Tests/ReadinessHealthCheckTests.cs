using AliaBatch.Worker.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Xunit;

namespace AliaBatch.Worker.Tests;

public sealed class ReadinessHealthCheckTests
{
    [Fact]
    public async Task CheckHealthAsync_ModelsNotReady_Unhealthy()
    {
        var result = await new ReadinessHealthCheck(new WorkerHealth()).CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public async Task CheckHealthAsync_ModelsReady_Healthy()
    {
        var health = new WorkerHealth();
        health.MarkModelsReady();

        var result = await new ReadinessHealthCheck(health).CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task CheckHealthAsync_ReadyThenFailed_UnhealthyWithTheReason()
    {
        var health = new WorkerHealth();
        health.MarkModelsReady();
        health.MarkFailed("Receive loop 0 failed: boom");

        var result = await new ReadinessHealthCheck(health).CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("Receive loop 0 failed: boom", result.Description);
    }
}
