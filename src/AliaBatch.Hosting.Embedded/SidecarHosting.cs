using System.Net;
using AliaBatch.Core.Serialization;
using AliaBatch.Orchestration;
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

namespace AliaBatch.Hosting.Embedded;

/// <summary>
/// The arrangement both process-local hosts share: a Durable Task orchestration service behind the package's public
/// <see cref="TaskHubGrpcServer"/> sidecar (Kestrel on a free loopback port), and a gRPC worker with every AliaBatch task
/// plus a client connected to it, both speaking the <see cref="AliaBatchJson"/> dialect.
/// </summary>
public static class SidecarHosting
{
    /// <summary>Starts the sidecar over <paramref name="service"/>; its address is <see cref="AddressOf"/>.</summary>
    public static async Task<WebApplication> StartSidecarAsync(IOrchestrationService service, IOrchestrationServiceClient client, ILoggerFactory loggerFactory, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddRouting();
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(service);
        builder.Services.AddSingleton(client);
        builder.Services.AddSingleton<TaskHubGrpcServer>();
        var sidecar = builder.Build();
        sidecar.MapGrpcService<TaskHubGrpcServer>();
        await sidecar.StartAsync(cancellationToken);
        return sidecar;
    }

    /// <summary>The address a started sidecar listens on.</summary>
    public static string AddressOf(WebApplication sidecar)
    {
        ArgumentNullException.ThrowIfNull(sidecar);
        return sidecar.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    /// <summary>
    /// Starts a host with the worker (activities created from <paramref name="appServices"/>) and a
    /// <see cref="DurableTaskClient"/>. <paramref name="activityConcurrency"/> is only what the worker asks of the backend:
    /// the gRPC worker runs every work item it is sent, and the sidecar sends as many as the orchestration service's
    /// <c>MaxConcurrentTaskActivityWorkItems</c>, so that limit is the one that bounds the activities running at once.
    /// </summary>
    public static Task<IHost> StartWorkerAsync(GrpcChannel channel, IServiceProvider appServices, int activityConcurrency, ILoggerFactory loggerFactory, CancellationToken cancellationToken = default) =>
        StartWorkerAsync(channel, appServices, activityConcurrency, activitySlots: null, loggerFactory, cancellationToken);

    /// <summary>As the other overload; with <paramref name="activitySlots"/>, an activity runs only while it holds a slot.</summary>
    public static async Task<IHost> StartWorkerAsync(
        GrpcChannel channel, IServiceProvider appServices, int activityConcurrency, SemaphoreSlim? activitySlots, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var converter = new JsonDataConverter(AliaBatchJson.Compact);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddDurableTaskWorker(worker =>
        {
            worker.UseGrpc(channel);
            worker.AddTasks(registry => registry.AddAliaBatchTasks(appServices, activitySlots));
            worker.Configure(options =>
            {
                options.DataConverter = converter;
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
        return worker;
    }
}
