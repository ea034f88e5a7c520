using AliaBatch.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AliaBatch.Hosting.Local.Tests;

/// <summary>A host with the pipeline and the durable local host on Azurite, on a task hub and containers of its own.</summary>
internal static class LocalTestHost
{
    public static IHost Build(string connectionString, string suffix, IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var configuration = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["AliaBatch:Storage:ConnectionString"] = connectionString,
            ["AliaBatch:LocalHost:TaskHubName"] = "test" + suffix,
            ["AliaBatch:LocalHost:AgencyQueueName"] = "agency-" + suffix,
            ["AliaBatch:LocalHost:PollInterval"] = "00:00:00.200",
            ["AliaBatch:Intake:IncomingContainer"] = "in-" + suffix,
            ["AliaBatch:Intake:ResultsContainer"] = "out-" + suffix,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Services.AddAliaBatchPipeline();
        builder.Services.AddAliaBatchLocalHost();
        return builder.Build();
    }

    public static string NewSuffix() => Guid.NewGuid().ToString("N")[..8];
}
