using AliaBatch.Worker.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Xunit;

namespace AliaBatch.Worker.Tests;

public sealed class LivenessHealthCheckTests
{
    [Fact]
    public async Task CheckHealthAsync_PreparingModels_Healthy()
    {
        var result = await new LivenessHealthCheck(new WorkerHealth()).CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task CheckHealthAsync_Failed_Unhealthy()
    {
        var health = new WorkerHealth();
        health.MarkFailed("Model pack 'x' does not exist");

        var result = await new LivenessHealthCheck(health).CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }
}
