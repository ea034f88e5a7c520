using System.Net;
using AliaBatch.Core.Serialization;
using AliaBatch.Orchestration;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AliaBatch.Hosting.Local;

/// <summary>
/// The Durable Task Azure Storage backend behind the package's public <see cref="TaskHubGrpcServer"/> sidecar (Kestrel
/// on a free loopback port), and a gRPC worker and client connected to it: the embedded host's arrangement with durable
/// state. Activities are created from the application's container, so they use its pipeline and stores.
/// </summary>
internal sealed class LocalBackend(WebApplication sidecar, IHost worker, GrpcChannel channel, string address) : IAsyncDisposable
{
    /// <summary>The client of the task hub.</summary>
    public DurableTaskClient Client { get; } = worker.Services.GetRequiredService<DurableTaskClient>();

    /// <summary>Where the sidecar listens.</summary>
    public string Address => address;

    /// <summary>Creates the task hub if needed and starts the sidecar, the worker and the client.</summary>
    public static async Task<LocalBackend> StartAsync(
        AzureStorageOrchestrationServiceSettings settings,
        int activityConcurrency,
        IServiceProvider appServices,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var service = new AzureStorageOrchestrationService(settings);
        await service.CreateIfNotExistsAsync();
        var sidecar = await StartSidecarAsync(service, loggerFactory, cancellationToken);
        var address = sidecar.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var channel = GrpcChannel.ForAddress(address);
        var converter = new JsonDataConverter(AliaBatchJson.Compact);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddDurableTaskWorker(worker =>
        {
            worker.UseGrpc(channel);
            worker.AddTasks(registry => registry.AddAliaBatchTasks(appServices));
            worker.Configure(options =>
            {
                options.DataConverter = converter;
                // Batches are CPU-bound: run as many at once as the pipeline runs documents.
                options.Concurrency.MaximumConcurrentActivityWorkItems = activityConcurrency;
            });
        });
        builder.Services.AddDurableTaskClient(client =>
        {
            client.UseGrpc(channel);
            client.Configure(options => options.DataConverter = converter);
            client.RegisterDirectly();
        });
        var worker = builder.Build();
        await worker.StartAsync(cancellationToken);
        return new LocalBackend(sidecar, worker, channel, address);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await worker.StopAsync(CancellationToken.None);
        worker.Dispose();
        await channel.ShutdownAsync();
        channel.Dispose();

        // Not sidecar.StopAsync: its stopping event stops the Azure Storage service from a thread-pool callback, and
        // when the sidecar's own start of that service (also fire-and-forget) has not finished, the service throws
        // NullReferenceException there and takes the process down. Disposing closes Kestrel without that event; the
        // service's partition leases then expire on their own.
        await sidecar.DisposeAsync();
    }

    private static async Task<WebApplication> StartSidecarAsync(AzureStorageOrchestrationService service, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddRouting();
        builder.Services.AddGrpc();
        builder.Services.AddSingleton<IOrchestrationService>(service);
        builder.Services.AddSingleton<IOrchestrationServiceClient>(service);
        builder.Services.AddSingleton<TaskHubGrpcServer>();
        var sidecar = builder.Build();
        sidecar.MapGrpcService<TaskHubGrpcServer>();
        await sidecar.StartAsync(cancellationToken);
        return sidecar;
    }
}
