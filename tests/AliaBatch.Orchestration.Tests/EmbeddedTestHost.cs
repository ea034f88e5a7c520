using AliaBatch.Hosting.Embedded;
using AliaBatch.Pipeline;
using AliaBatch.Pipeline.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AliaBatch.Orchestration.Tests;

/// <summary>A real application host with the pipeline, the embedded job host and the test <see cref="GateTask"/>.</summary>
internal sealed class EmbeddedTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    public EmbeddedTestHost(IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AliaBatch:Orchestration:ListPageSize"] = "8",
            ["AliaBatch:Orchestration:MaxDocumentsPerBatch"] = "2",
            ["AliaBatch:Orchestration:BatchesPerGroup"] = "2",
            ["AliaBatch:Orchestration:MaxConcurrentGroups"] = "2",
            ["AliaBatch:EmbeddedHost:PollInterval"] = "00:00:00.020",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddLogging();
        builder.Services.AddSingleton(Gate);
        builder.Services.AddSingleton<IDocumentTask>(Gate);
        builder.Services.AddAliaBatchPipeline();
        builder.Services.AddAliaBatchEmbeddedHost();
        _host = builder.Build();
        _host.Start();
    }

    public GateTask Gate { get; } = new();

    public EmbeddedJobHost Jobs => _host.Services.GetRequiredService<EmbeddedJobHost>();

    public async ValueTask DisposeAsync()
    {
        Gate.Open();
        await _host.StopAsync();
        // Disposing the container disposes the embedded host and its backend.
        await ((IAsyncDisposable)_host).DisposeAsync();
    }
}
