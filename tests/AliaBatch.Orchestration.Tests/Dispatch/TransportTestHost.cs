using AliaBatch.Hosting.Embedded;
using AliaBatch.Pipeline;
using AliaBatch.Pipeline.Tasks;
using AliaBatch.Transport;
using AliaBatch.Transport.InProcess;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AliaBatch.Orchestration.Tests.Dispatch;

/// <summary>
/// A real application host running the embedded job host in transport dispatch mode over the in-process queue, with
/// the test <see cref="GateTask"/> and, optionally, an <see cref="InterceptingReceiver"/> in front of the consumers.
/// </summary>
internal sealed class TransportTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    public TransportTestHost(IDictionary<string, string?>? settings = null, Func<ReceivedBatch, Task<bool>>? intercept = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AliaBatch:Orchestration:ListPageSize"] = "8",
            ["AliaBatch:Orchestration:MaxDocumentsPerBatch"] = "2",
            ["AliaBatch:Orchestration:BatchesPerGroup"] = "2",
            ["AliaBatch:Orchestration:MaxConcurrentGroups"] = "2",
            ["AliaBatch:Orchestration:Dispatch"] = "Transport",
            ["AliaBatch:Orchestration:BatchDeadline"] = "00:01:00",
            ["AliaBatch:Orchestration:PollInterval"] = "00:00:00.020",
            ["AliaBatch:EmbeddedHost:PollInterval"] = "00:00:00.020",
            ["AliaBatch:EmbeddedHost:BatchConsumers"] = "2",
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
        if (intercept is not null)
        {
            builder.Services.AddSingleton<IBatchReceiver>(sp => new InterceptingReceiver(sp.GetRequiredService<InProcessBatchQueue>(), intercept));
        }

        _host = builder.Build();
        _host.Start();
    }

    public GateTask Gate { get; } = new();

    public EmbeddedJobHost Jobs => _host.Services.GetRequiredService<EmbeddedJobHost>();

    public InProcessBatchQueue Queue => _host.Services.GetRequiredService<InProcessBatchQueue>();

    public async ValueTask DisposeAsync()
    {
        Gate.Open();
        await _host.StopAsync();
        await ((IAsyncDisposable)_host).DisposeAsync();
    }
}
