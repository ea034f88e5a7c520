using AliaBatch.Pipeline.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AliaBatch.Pipeline.Tests;

/// <summary>A real host with the pipeline registered and in-memory configuration.</summary>
internal static class PipelineHost
{
    public static IHost Create(IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AliaBatch:Pipeline:MaxParallelDocuments"] = "2",
            ["AliaBatch:Pipeline:CheckpointInterval"] = "00:00:00.200",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddLogging();
        builder.Services.AddAliaBatchPipeline();
        var host = builder.Build();
        host.StartAsync().GetAwaiter().GetResult();
        return host;
    }

    public static JobRunner Runner(this IHost host) => host.Services.GetRequiredService<JobRunner>();
}
