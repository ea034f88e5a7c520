using AliaBatch.Worker.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using Xunit;

namespace AliaBatch.Worker.Tests;

public sealed class TelemetryExtensionsTests
{
    [Fact]
    public void AddWorkerTelemetry_NoExporterConfigured_NoMeterProvider()
    {
        using var services = Build(new Dictionary<string, string?>());

        Assert.Null(services.GetService<MeterProvider>());
    }

    [Fact]
    public void AddWorkerTelemetry_OtlpEndpointSet_MeterProviderExports()
    {
        using var services = Build(new Dictionary<string, string?> { [TelemetryExtensions.OtlpEndpointKey] = "http://127.0.0.1:4317" });

        Assert.NotNull(services.GetService<MeterProvider>());
    }

    [Fact]
    public void AddWorkerTelemetry_ApplicationInsightsSet_MeterProviderExports()
    {
        using var services = Build(new Dictionary<string, string?>
        {
            [TelemetryExtensions.ApplicationInsightsKey] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/",
        });

        Assert.NotNull(services.GetService<MeterProvider>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddWorkerTelemetry(configuration).BuildServiceProvider();
    }
}
