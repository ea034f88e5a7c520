using System.Net;
using AliaBatch.Worker.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace AliaBatch.Worker.Tests.Support;

/// <summary>The worker app started in this process on a free port, as Program.cs composes it.</summary>
internal sealed class InProcessWorker : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessWorker(WebApplication app, Uri address)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Builds and starts the worker; <paramref name="configure"/> registers overrides before the worker's own services.</summary>
    public static async Task<InProcessWorker> StartAsync(IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings) { ["AliaBatch:Worker:HealthPort"] = "0" });
        configure?.Invoke(builder.Services);
        builder.AddAliaBatchWorker();
        var app = builder.Build();
        app.MapAliaBatchWorkerHealth();
        await app.StartAsync(TestContext.Current.CancellationToken);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var port = new Uri(bound.Replace("[::]", "localhost", StringComparison.Ordinal)).Port;
        return new InProcessWorker(app, new Uri($"http://127.0.0.1:{port}"));
    }

    public async Task<HttpStatusCode> GetStatusAsync(string path)
    {
        using var response = await Client.GetAsync(path, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    /// <summary>Polls until <paramref name="path"/> answers <paramref name="expected"/>; throws after two minutes.</summary>
    public async Task WaitForStatusAsync(string path, HttpStatusCode expected)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        while (await GetStatusAsync(path) != expected)
        {
            await Task.Delay(50, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
