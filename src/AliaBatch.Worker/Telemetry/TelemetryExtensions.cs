using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace AliaBatch.Worker.Telemetry;

/// <summary>Wires the worker's meter (and its logs) to OpenTelemetry exporters chosen by the environment.</summary>
internal static class TelemetryExtensions
{
    /// <summary>OTLP is exported when this standard variable is set.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Azure Monitor is exported when this variable (set by the Bicep templates) is set.</summary>
    public const string ApplicationInsightsKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// Adds OpenTelemetry with the <see cref="WorkerMetrics.MeterName"/> meter, exporting metrics and logs through OTLP
    /// when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set and to Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>
    /// is set; with neither, the instruments still exist for in-process listeners.
    /// </summary>
    public static IServiceCollection AddWorkerTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);
        var applicationInsights = configuration[ApplicationInsightsKey];
        var azureMonitor = !string.IsNullOrWhiteSpace(applicationInsights);
        services.AddMetrics();
        if (!otlp && !azureMonitor)
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("aliabatch-worker"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(WorkerMetrics.MeterName);
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }

                if (azureMonitor)
                {
                    metrics.AddAzureMonitorMetricExporter(o => o.ConnectionString = applicationInsights);
                }
            })
            .WithLogging(logging =>
            {
                if (otlp)
                {
                    logging.AddOtlpExporter();
                }

                if (azureMonitor)
                {
                    logging.AddAzureMonitorLogExporter(o => o.ConnectionString = applicationInsights);
                }
            });
        return services;
    }
}
